package com.complaints.core.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.calendar.BusinessCalendars;
import com.complaints.core.complaint.CaseFacts;
import com.complaints.core.complaint.CaseFactsReader;
import com.complaints.core.department.DepartmentService;
import com.complaints.core.measure.ImprovementMeasures;
import com.complaints.core.shared.DayRange;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;

/** Computes evaluation reports from the tenant's case facts, in the tenant's time zone and working time. */
@Service
@Transactional(readOnly = true)
class EvaluationReports {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final List<String> METRICS = List.of("FIRST_CONTACT", "PROGRESS_FEEDBACK", "RESOLUTION", "FOLLOW_UP",
            "HANDOVER_ACKNOWLEDGEMENT");

    private final CaseFactsReader reader;
    private final BusinessCalendars calendars;
    private final DepartmentService departments;
    private final ImprovementMeasures measures;
    private final TenantContext tenantContext;
    private final TenantDirectory tenants;
    private final Clock clock;

    EvaluationReports(CaseFactsReader reader, BusinessCalendars calendars, DepartmentService departments,
                      ImprovementMeasures measures, TenantContext tenantContext, TenantDirectory tenants, Clock clock) {
        this.reader = reader;
        this.calendars = calendars;
        this.departments = departments;
        this.measures = measures;
        this.tenantContext = tenantContext;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** {@code period}: a month (2026-11) or a quarter (2026-Q4); else {@code from}/{@code to}; default: last month. */
    public EvaluationReport report(String period, LocalDate from, LocalDate to) {
        ZoneId zone = tenants.zone(tenantContext.require());
        LocalDate[] range = range(period, from, to, LocalDate.now(clock.withZone(zone)));
        LocalDate first = range[0];
        LocalDate last = range[1];
        String label = period != null ? period : first + ".." + last;
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
        boolean wholeMonths = first.getDayOfMonth() == 1 && last.equals(last.withDayOfMonth(last.lengthOfMonth()));
        LocalDate prevFirst;
        LocalDate prevLast;
        if (wholeMonths) {
            long months = java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last)) + 1;
            prevFirst = first.minusMonths(months);
            prevLast = first.minusDays(1);
        } else {
            prevFirst = first.minusDays(days);
            prevLast = first.minusDays(1);
        }
        LocalDate yearFirst = first.minusYears(1);
        LocalDate yearLast = wholeMonths ? last.minusYears(1).withDayOfMonth(last.minusYears(1).lengthOfMonth()) : last.minusYears(1);
        return new EvaluationReport(label, first, last, zone.getId(), figures(first, last, zone), figures(prevFirst, prevLast, zone),
                figures(yearFirst, yearLast, zone), measures.summary(first, last));
    }

    EvaluationReport.Figures figures(LocalDate from, LocalDate to, ZoneId zone) {
        DayRange days = DayRange.of(from, to, zone);
        List<CaseFacts> cases = reader.receivedBetween(days.start(), days.end());
        long volume = cases.size();
        Map<String, EvaluationReport.Sla> sla = new LinkedHashMap<>();
        for (String metric : METRICS) {
            long onTime = count(cases, f -> "ON_TIME".equals(f.sla().get(metric)));
            long late = count(cases, f -> "LATE".equals(f.sla().get(metric)));
            long overdue = count(cases, f -> "OVERDUE".equals(f.sla().get(metric)));
            long open = count(cases, f -> "OPEN".equals(f.sla().get(metric)));
            long decided = onTime + late + overdue;
            sla.put(metric, new EvaluationReport.Sla(onTime, late, overdue, open, decided == 0 ? null : round(onTime / (double) decided)));
        }
        List<CaseFacts> resolved = cases.stream().filter(f -> f.resolvedAt() != null).toList();
        Double handling = resolved.isEmpty() ? null : round(resolved.stream().mapToDouble(f -> calendars.governing(f.departmentId())
                .between(f.receivedAt(), f.resolvedAt()).toMinutes() / 60.0).average().orElse(0));
        List<Integer> scores = cases.stream().map(CaseFacts::satisfaction).filter(Objects::nonNull).toList();
        long resolvedEver = count(cases, f -> f.resolvedAt() != null || "CLOSED".equals(f.status()) || f.round() > 1);
        Map<String, Long> perDay = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            perDay.put(d.toString(), 0L);
        }
        cases.forEach(f -> perDay.merge(f.receivedAt().atZone(zone).toLocalDate().toString(), 1L, Long::sum));
        return new EvaluationReport.Figures(from, to, volume, counts(cases, CaseFacts::category, 20), counts(cases, CaseFacts::channel, 20),
                counts(cases, f -> f.departmentId() == null ? null : departments.find(f.departmentId())
                        .map(d -> d.nameZh() + " / " + d.nameEn()).orElse(f.departmentId().toString()), 20),
                counts(cases, CaseFacts::region, 20), counts(cases, CaseFacts::product, 20), perDay,
                volume == 0 ? null : round(count(cases, CaseFacts::firstContactResolution) / (double) volume), sla, handling,
                scores.isEmpty() ? null : round(scores.stream().filter(s -> s >= 4).count() / (double) scores.size()),
                scores.isEmpty() ? null : round(scores.stream().mapToInt(Integer::intValue).average().orElse(0)),
                resolvedEver == 0 ? null : round(Math.min(1.0, scores.size() / (double) resolvedEver)),
                volume == 0 ? null : round(count(cases, f -> f.round() > 1) / (double) volume));
    }

    static LocalDate[] range(String period, LocalDate from, LocalDate to, LocalDate today) {
        if (period != null && !period.isBlank()) {
            Matcher q = QUARTER.matcher(period);
            try {
                if (q.matches()) {
                    if (!com.complaints.core.shared.Dates.inRange(Integer.parseInt(q.group(1)))) {
                        throw new InvalidInputException("period", "date-range");
                    }
                    LocalDate start = LocalDate.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1, 1);
                    return new LocalDate[] {start, start.plusMonths(3).minusDays(1)};
                }
                YearMonth m = com.complaints.core.shared.Dates.check("period", YearMonth.parse(period));
                return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
            } catch (java.time.DateTimeException | NumberFormatException e) {
                throw new InvalidInputException("period", "report-period");
            }
        }
        if (from != null || to != null) {
            if (from == null || to == null) {
                throw new InvalidInputException(from == null ? "from" : "to", "required");
            }
            DayRange.check(from, to);
            return new LocalDate[] {from, to};
        }
        YearMonth last = YearMonth.from(today).minusMonths(1);
        return new LocalDate[] {last.atDay(1), last.atEndOfMonth()};
    }

    private static long count(List<CaseFacts> cases, java.util.function.Predicate<CaseFacts> test) {
        return cases.stream().filter(test).count();
    }

    private static Map<String, Long> counts(List<CaseFacts> cases, Function<CaseFacts, String> key, int top) {
        return cases.stream().map(key).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
