package com.complaints.core.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The dates this platform deals in lie between the years {@value #MIN_YEAR} and {@value #MAX_YEAR}: every date
 * and instant read from a request is checked against that range (Java's own range, ±999,999,999 years, is not one
 * that databases store or people mean).
 */
public final class Dates {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 9999;

    private Dates() {
    }

    public static boolean inRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    public static LocalDate check(String field, LocalDate date) {
        if (date != null && !inRange(date.getYear())) {
            throw outOfRange(field);
        }
        return date;
    }

    public static YearMonth check(String field, YearMonth month) {
        if (month != null && !inRange(month.getYear())) {
            throw outOfRange(field);
        }
        return month;
    }

    public static Instant check(String field, Instant instant) {
        if (instant != null && !inRange(instant.atOffset(ZoneOffset.UTC).getYear())) {
            throw outOfRange(field);
        }
        return instant;
    }

    public static InvalidInputException outOfRange(String field) {
        return new InvalidInputException(field, "date-range");
    }
}
