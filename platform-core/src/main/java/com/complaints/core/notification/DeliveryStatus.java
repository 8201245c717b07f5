package com.complaints.core.notification;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** waiting for its (next) attempt */
    PENDING,
    /** an attempt is running */
    IN_FLIGHT,
    /** delivered */
    DELIVERED,
    /** failed for good or out of attempts: on the dead-letter list */
    DEAD
}
