package com.complaints.plugin.api;

/**
 * The outcome of testing a configuration (e.g. logging in to a mailbox, sending a test message).
 *
 * @param ok      whether the configuration works
 * @param message what was tried and what happened (no secrets, no personal data)
 */
public record TestResult(boolean ok, String message) {

    public static TestResult ok(String message) {
        return new TestResult(true, message);
    }

    public static TestResult failed(String message) {
        return new TestResult(false, message);
    }
}
