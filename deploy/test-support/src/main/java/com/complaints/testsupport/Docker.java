package com.complaints.testsupport;

import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine runs here, so that Testcontainers may start a service the machine lacks. */
final class Docker {

    private Docker() {
    }

    static boolean available() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
