package com.complaints.core.search;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;

/**
 * Trends, regional (and product, channel) anomalies and recurring problems, computed from the index's histograms —
 * the same computation on either adapter.
 *
 * <p><b>Anomalies.</b> For each value of the dimension, the period's count O is compared with its own history (the
 * mean E of the {@value #HISTORY} preceding periods of the same length: P(X ≥ O) under Poisson(max(E, 0.5))) and
 * with its peers (its historical share of all cases times all cases of the period, E'; the robust z-score of
 * log((O + 0.5) / (E' + 0.5)) against the median and 1.4826 × MAD of all values). A value is anomalous when O is at
 * least the minimum volume, P < 0.001 and the peer score is at least 3 (with fewer than three values, the history
 * test alone decides). Low counts are never flagged, so a quiet region with 3 cases instead of 1 is not an alarm.
 *
 * <p><b>Recurring problems.</b> Product × category clusters over the last 2 × {@code months} months: growth =
 * (recent + 1) / (baseline + 1); a cluster is a candidate when its recent count reaches the minimum volume and it
 * grew by half or more. Frequent terms come from up to 200 of its most recent cases' texts.
 */
@Service
public class CaseAnalytics {

    static final int HISTORY = 6;
    static final int MIN_VOLUME = 10;
    static final double P_THRESHOLD = 0.001;
    static final double PEER_THRESHOLD = 3.0;
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final List<String> METRICS = List.of("FIRST_CONTACT", "PROGRESS_FEEDBACK", "RESOLUTION", "FOLLOW_UP",
            "HANDOVER_ACKNOWLEDGEMENT");
    private static final Set<String> GROUP_BY = Set.of("category", "channel", "region", "department", "product");
    private static final Set<String> ANOMALY_DIMENSIONS = Set.of("region", "product", "channel");

    private final CaseIndex index;
    private final TenantContext tenantContext;
    private final TenantDirectory tenants;
    private final Clock clock;
    private final SearchVocabularies vocabularies;

    CaseAnalytics(CaseIndex index, TenantContext tenantContext, TenantDirectory tenants, Clock clock,
                  SearchVocabularies vocabularies) {
        this.vocabularies = vocabularies;
        this.index = index;
        this.tenantContext = tenantContext;
        this.tenants = tenants;
        this.clock = clock;
    }

    public AnalyticsReports.Trends trends(Interval interval, String groupBy, LocalDate from, LocalDate to) {
        if (groupBy != null && !GROUP_BY.contains(groupBy)) {
            throw new InvalidInputException("groupBy", "one-of", String.join(", ", new java.util.TreeSet<>(GROUP_BY)));
        }
        ZoneId zone = zone();
        LocalDate last = to == null ? LocalDate.now(clock.withZone(zone)) : to;
        LocalDate first = interval.start(from == null ? last.minusMonths(interval == Interval.DAY ? 1 : 12) : from);
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "range-order");
        }
        if (first.plusYears(5).isBefore(last)) {
            throw new InvalidInputException("to", "range-too-long", 366 * 5);
        }
        var range = new Histogram(SearchFilters.none(), first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(), interval, zone, null);
        Map<LocalDate, Long> totals = new TreeMap<>();
        for (LocalDate d = first; !d.isAfter(last); d = interval.next(d)) {
            totals.put(d, 0L);
        }
        index.histogram(range).forEach(b -> totals.merge(b.start(), b.count(), Long::sum));
        Map<LocalDate, Map<String, Long>> grouped = byStart(groupBy == null ? List.of() : index.histogram(with(range, groupBy)));
        Map<String, Map<LocalDate, Map<String, Long>>> sla = new LinkedHashMap<>();
        for (String metric : METRICS) {
            sla.put(metric, byStart(index.histogram(with(range, "sla." + metric))));
        }
        Map<LocalDate, Map<String, Long>> satisfaction = byStart(index.histogram(with(range, "satisfaction")));
        List<AnalyticsReports.Point> points = new ArrayList<>();
        totals.forEach((start, total) -> {
            Map<String, AnalyticsReports.SlaAttainment> attainment = new LinkedHashMap<>();
            sla.forEach((metric, perStart) -> {
                Map<String, Long> c = perStart.getOrDefault(start, Map.of());
                long onTime = c.getOrDefault("ON_TIME", 0L);
                long late = c.getOrDefault("LATE", 0L);
                long overdue = c.getOrDefault("OVERDUE", 0L);
                long decided = onTime + late + overdue;
                attainment.put(metric, new AnalyticsReports.SlaAttainment(onTime, late, overdue, c.getOrDefault("OPEN", 0L),
                        decided == 0 ? null : round(onTime / (double) decided)));
            });
            Map<String, Long> scores = satisfaction.getOrDefault(start, Map.of());
            long responses = scores.values().stream().mapToLong(Long::longValue).sum();
            double sum = scores.entrySet().stream().mapToDouble(e -> Integer.parseInt(e.getKey()) * (double) e.getValue()).sum();
            points.add(new AnalyticsReports.Point(start, total, grouped.getOrDefault(start, Map.of()), attainment, responses,
                    responses == 0 ? null : round(sum / responses)));
        });
        return new AnalyticsReports.Trends(interval.name(), groupBy, first, last, zone.getId(), points);
    }

    public AnalyticsReports.Anomalies anomalies(String dimension, String period) {
        if (dimension == null || !ANOMALY_DIMENSIONS.contains(dimension)) {
            throw new InvalidInputException("dimension", "one-of", "region, product, channel");
        }
        ZoneId zone = zone();
        Period p = period(period, LocalDate.now(clock.withZone(zone)));
        LocalDate historyStart = p.start();
        for (int i = 0; i < HISTORY; i++) {
            historyStart = p.previous(historyStart);
        }
        var histogram = new Histogram(SearchFilters.none(), historyStart.atStartOfDay(zone).toInstant(),
                p.end().atStartOfDay(zone).toInstant(), p.interval(), zone, dimension);
        Map<String, long[]> series = new TreeMap<>();
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = historyStart; d.isBefore(p.end()); d = p.interval().next(d)) {
            starts.add(d);
        }
        for (Histogram.Bucket b : index.histogram(histogram)) {
            int at = starts.indexOf(b.start());
            if (at >= 0) {
                series.computeIfAbsent(b.value(), v -> new long[starts.size()])[at] += b.count();
            }
        }
        int current = starts.size() - 1;
        long periodTotal = series.values().stream().mapToLong(s -> s[current]).sum();
        long historyTotal = series.values().stream().mapToLong(s -> Arrays.stream(s, 0, current).sum()).sum();
        Map<String, Double> peerExpected = new HashMap<>();
        Map<String, Double> logRatio = new HashMap<>();
        series.forEach((value, s) -> {
            long history = Arrays.stream(s, 0, current).sum();
            double expected = historyTotal == 0 ? 0 : periodTotal * (history / (double) historyTotal);
            peerExpected.put(value, expected);
            logRatio.put(value, Math.log((s[current] + 0.5) / (expected + 0.5)));
        });
        double median = median(logRatio.values().stream().mapToDouble(Double::doubleValue).toArray());
        double mad = median(logRatio.values().stream().mapToDouble(r -> Math.abs(r - median)).toArray());
        double scale = Math.max(1.4826 * mad, 0.1);
        List<AnalyticsReports.Anomaly> values = new ArrayList<>();
        series.forEach((value, s) -> {
            long observed = s[current];
            double own = Arrays.stream(s, 0, current).sum() / (double) current;
            double pValue = Poisson.upperTail(observed, Math.max(own, 0.5));
            double peer = (logRatio.get(value) - median) / scale;
            boolean anomalous = observed >= MIN_VOLUME && pValue < P_THRESHOLD
                    && (series.size() < 3 || peer >= PEER_THRESHOLD);
            values.add(new AnalyticsReports.Anomaly(value, observed, round(own), round(peerExpected.get(value)),
                    pValue, round(peer), anomalous));
        });
        values.sort(Comparator.comparing(AnalyticsReports.Anomaly::anomalous).reversed()
                .thenComparing(AnalyticsReports.Anomaly::poissonP).thenComparing(AnalyticsReports.Anomaly::value));
        String method = "Poisson tail vs own " + HISTORY + "-period mean (p < " + P_THRESHOLD + ") and robust peer z-score "
                + "of log(observed/expected-by-share) ≥ " + PEER_THRESHOLD + ", minimum volume " + MIN_VOLUME;
        return new AnalyticsReports.Anomalies(dimension, p.label(), p.start(), p.end().minusDays(1), HISTORY, method, values);
    }

    public AnalyticsReports.Recurring recurring(int months, int minVolume) {
        if (months < 1 || months > 12) {
            throw new InvalidInputException("months", "range", 1, 12);
        }
        if (minVolume < 1 || minVolume > 10000) {
            throw new InvalidInputException("minVolume", "range", 1, 10000);
        }
        ZoneId zone = zone();
        LocalDate thisMonth = LocalDate.now(clock.withZone(zone)).withDayOfMonth(1);
        LocalDate from = thisMonth.minusMonths(2L * months - 1);
        LocalDate to = thisMonth.plusMonths(1);
        var histogram = new Histogram(SearchFilters.none(), from.atStartOfDay(zone).toInstant(),
                to.atStartOfDay(zone).toInstant(), Interval.MONTH, zone, "cluster");
        Map<String, long[]> series = new TreeMap<>();
        for (Histogram.Bucket b : index.histogram(histogram)) {
            int at = (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(b.start()));
            if (at >= 0 && at < 2 * months) {
                series.computeIfAbsent(b.value(), v -> new long[2 * months])[at] += b.count();
            }
        }
        List<AnalyticsReports.Cluster> clusters = new ArrayList<>();
        series.forEach((cluster, s) -> {
            long baseline = Arrays.stream(s, 0, months).sum();
            long recent = Arrays.stream(s, months, 2 * months).sum();
            double growth = (recent + 1.0) / (baseline + 1.0);
            if (recent >= minVolume && growth >= 1.5) {
                int bar = cluster.lastIndexOf(" | ");
                String product = cluster.substring(0, bar);
                String category = cluster.substring(bar + 3);
                SearchFilters filters = new SearchFilters(null, "UNTRIAGED".equals(category) ? null : List.of(category), null,
                        null, null, List.of(product), null, null, thisMonth.minusMonths(months - 1L).atStartOfDay(zone).toInstant(),
                        to.atStartOfDay(zone).toInstant(), null);
                var terms = Terms.frequent(index.texts(filters, 200), Set.of(product), 10, 2, vocabularies.analysis());
                clusters.add(new AnalyticsReports.Cluster(product, category, recent, baseline, round(growth),
                        Arrays.stream(s).boxed().toList(), Terms.asMap(terms)));
            }
        });
        clusters.sort(Comparator.comparing(AnalyticsReports.Cluster::growth).reversed()
                .thenComparing(AnalyticsReports.Cluster::recent, Comparator.reverseOrder())
                .thenComparing(AnalyticsReports.Cluster::product).thenComparing(AnalyticsReports.Cluster::category));
        String method = "growth = (cases in the last " + months + " months + 1) / (cases in the " + months
                + " months before + 1) ≥ 1.5, at least " + minVolume + " recent cases";
        return new AnalyticsReports.Recurring(from, to.minusDays(1), months, method, clusters);
    }

    /** A period: a month (2026-11), an ISO week (2026-W45) or a day (2026-11-28). */
    record Period(String label, LocalDate start, LocalDate end, Interval interval) {

        LocalDate previous(LocalDate start) {
            return switch (interval) {
                case DAY -> start.minusDays(1);
                case WEEK -> start.minusWeeks(1);
                case MONTH -> start.minusMonths(1);
                case QUARTER -> start.minusMonths(3);
            };
        }
    }

    static Period period(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            YearMonth m = YearMonth.from(today);
            return new Period(m.toString(), m.atDay(1), m.plusMonths(1).atDay(1), Interval.MONTH);
        }
        try {
            Matcher week = WEEK.matcher(text);
            if (week.matches()) {
                if (!com.complaints.core.shared.Dates.inRange(Integer.parseInt(week.group(1)))) {
                    throw new InvalidInputException("period", "date-range");
                }
                LocalDate start = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                        .with(java.time.DayOfWeek.MONDAY);
                return new Period(text, start, start.plusWeeks(1), Interval.WEEK);
            }
            if (text.length() == 7) {
                YearMonth m = com.complaints.core.shared.Dates.check("period", YearMonth.parse(text));
                return new Period(text, m.atDay(1), m.plusMonths(1).atDay(1), Interval.MONTH);
            }
            LocalDate day = com.complaints.core.shared.Dates.check("period", LocalDate.parse(text));
            return new Period(text, day, day.plusDays(1), Interval.DAY);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new InvalidInputException("period", "period");
        }
    }

    private static Histogram with(Histogram h, String dimension) {
        return new Histogram(h.filters(), h.from(), h.to(), h.interval(), h.zone(), dimension);
    }

    private static Map<LocalDate, Map<String, Long>> byStart(List<Histogram.Bucket> buckets) {
        Map<LocalDate, Map<String, Long>> map = new TreeMap<>();
        buckets.forEach(b -> map.computeIfAbsent(b.start(), s -> new TreeMap<>()).merge(b.value(), b.count(), Long::sum));
        return map;
    }

    private ZoneId zone() {
        return tenants.zone(tenantContext.require());
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
