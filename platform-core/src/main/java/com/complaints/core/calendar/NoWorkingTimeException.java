package com.complaints.core.calendar;

import com.complaints.core.shared.ConflictException;

/** The calendar has no working time within a year of the instant asked about. */
class NoWorkingTimeException extends ConflictException {

    public NoWorkingTimeException(String from) {
        super("no-working-time", "the business calendar has no working time in the 366 days after " + from);
    }
}
