package com.complaints.core.department;

public enum Availability {
    AVAILABLE,
    AWAY,
    ON_LEAVE
}
