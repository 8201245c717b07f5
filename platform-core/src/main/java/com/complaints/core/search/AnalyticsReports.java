package com.complaints.core.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the analytics endpoints answer. */
final class AnalyticsReports {

    private AnalyticsReports() {
    }

    /**
     * Counts per interval (and per value of {@code groupBy}), SLA attainment per metric, average satisfaction.
     *
     * @param timeZone the tenant's zone the intervals are cut in
     */
    public record Trends(String interval, String groupBy, LocalDate from, LocalDate to, String timeZone,
                         List<Point> points) {
    }

    /**
     * One interval.
     *
     * @param counts     per value of the group-by dimension (empty without one)
     * @param sla        per metric: ON_TIME, LATE, OVERDUE, OPEN counts and attainment = ON_TIME / (ON_TIME + LATE + OVERDUE)
     * @param satisfied  follow-ups with a score, and their average
     */
    public record Point(LocalDate start, long total, Map<String, Long> counts, Map<String, SlaAttainment> sla,
                        long satisfactionResponses, Double averageSatisfaction) {
    }

    public record SlaAttainment(long onTime, long late, long overdue, long open, Double attainment) {
    }

    /**
     * Values of a dimension whose volume in the period stands out.
     *
     * @param method how it was decided (see {@code CaseAnalytics})
     */
    public record Anomalies(String dimension, String period, LocalDate from, LocalDate to, int historyPeriods,
                            String method, List<Anomaly> values) {
    }

    /**
     * The evidence for one value.
     *
     * @param observed            cases in the period
     * @param expectedFromHistory its own mean over the history periods
     * @param expectedFromPeers   its historical share of all cases × all cases in the period
     * @param poissonP            P(X ≥ observed) for X ~ Poisson(expectedFromHistory)
     * @param peerScore           robust z-score of log(observed / expectedFromPeers) among all values
     * @param anomalous           observed ≥ the minimum volume, poissonP < 0.001 and peerScore ≥ 3
     */
    public record Anomaly(String value, long observed, double expectedFromHistory, double expectedFromPeers,
                          double poissonP, double peerScore, boolean anomalous) {
    }

    /** Product × category clusters whose volume grows. */
    public record Recurring(LocalDate from, LocalDate to, int recentMonths, String method, List<Cluster> clusters) {
    }

    /**
     * @param monthly   cases per month, oldest first (the earlier half is the baseline, the later the recent window)
     * @param growth    (recent + 1) / (baseline + 1)
     * @param terms     frequent terms of the recent cases' texts, with the number of cases using each
     */
    public record Cluster(String product, String category, long recent, long baseline, double growth, List<Long> monthly,
                          Map<String, Long> terms) {
    }
}
