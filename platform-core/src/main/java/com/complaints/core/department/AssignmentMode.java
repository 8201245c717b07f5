package com.complaints.core.department;

/** How a department's cases find an agent when a transfer names none. */
public enum AssignmentMode {
    /** the case waits in the department's queue until someone takes it (acknowledging assigns) */
    MANUAL,
    /** the next available member in turn who has capacity left */
    ROUND_ROBIN,
    /** the available member with the lowest load (open cases, urgent ones counting twice) and capacity left */
    LEAST_LOADED
}
