package com.complaints.core.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.complaints.core.complaint.CaseFacts;

/**
 * Filters of a search (each list: any of its values; empty: no filter).
 *
 * @param breached     true: a deadline was missed; false: none was
 * @param satisfaction latest follow-up scores to match
 */
public record SearchFilters(List<String> status, List<String> category, List<String> channel, List<String> department,
                            List<String> region, List<String> product, List<String> urgency, Boolean breached,
                            Instant receivedFrom, Instant receivedTo, List<Integer> satisfaction) {

    /** The dimensions with facet counts, in the order they are returned. */
    public static final List<String> FACETS = List.of("status", "category", "channel", "department", "region", "product",
            "urgency", "satisfaction", "breached");

    public SearchFilters {
        status = copy(status);
        category = copy(category);
        channel = copy(channel);
        department = copy(department);
        region = copy(region);
        product = copy(product);
        urgency = copy(urgency);
        satisfaction = satisfaction == null ? List.of() : List.copyOf(satisfaction);
    }

    public static SearchFilters none() {
        return new SearchFilters(null, null, null, null, null, null, null, null, null, null, null);
    }

    public SearchFilters receivedBetween(Instant from, Instant to) {
        return new SearchFilters(status, category, channel, department, region, product, urgency, breached, from, to,
                satisfaction);
    }

    /** The values of one filter dimension. */
    public List<String> values(String dimension) {
        return switch (dimension) {
            case "status" -> status;
            case "category" -> category;
            case "channel" -> channel;
            case "department" -> department;
            case "region" -> region;
            case "product" -> product;
            case "urgency" -> urgency;
            case "satisfaction" -> satisfaction.stream().map(String::valueOf).toList();
            case "breached" -> breached == null ? List.of() : List.of(breached.toString());
            default -> List.of();
        };
    }

    /** Whether a case passes every filter except the one on {@code except} (facet counts leave their own out). */
    public boolean matches(CaseFacts f, String except) {
        for (String dimension : FACETS) {
            if (dimension.equals(except)) {
                continue;
            }
            List<String> wanted = values(dimension);
            if (!wanted.isEmpty() && !wanted.contains(valueOf(f, dimension))) {
                return false;
            }
        }
        return (receivedFrom == null || !f.receivedAt().isBefore(receivedFrom))
                && (receivedTo == null || f.receivedAt().isBefore(receivedTo));
    }

    /** A facet dimension's value of a case ("breached": true/false). */
    public static String valueOf(CaseFacts f, String dimension) {
        return dimension.equals("breached") ? Boolean.toString(!f.breached().isEmpty()) : f.value(dimension);
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
    }

    static final Set<String> DIMENSIONS = Set.of("category", "channel", "region", "department", "product", "status",
            "urgency", "satisfaction");
}
