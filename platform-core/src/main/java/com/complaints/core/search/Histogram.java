package com.complaints.core.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Case counts per interval and value of one dimension: the one aggregation both index adapters provide, from which
 * trends, anomalies and recurring problems are computed alike.
 *
 * @param dimension category, channel, region, department, product, status, urgency, satisfaction or sla.METRIC;
 *                  null: counts per interval only (value null)
 */
public record Histogram(SearchFilters filters, Instant from, Instant to, Interval interval, ZoneId zone, String dimension) {

    /** One count: cases received in the interval starting {@code start} with this value. */
    public record Bucket(LocalDate start, String value, long count) {
    }

    /** A case's dimension value, or null when the histogram has no dimension. */
    public static List<String> dimensions() {
        return List.copyOf(SearchFilters.DIMENSIONS);
    }
}
