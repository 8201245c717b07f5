package com.complaints;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The executable server. It lives in the root package so that component, entity and repository scanning cover
 * the core, the admin module and the adapters it assembles.
 */
@SpringBootApplication
public class ComplaintPlatformApplication {

    public static void main(String[] args) {
        SpringApplication.run(ComplaintPlatformApplication.class, args);
    }
}
