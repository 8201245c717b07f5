package com.complaints.core.scorecard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.complaint.CaseFacts;
import com.complaints.core.complaint.CaseFactsReader;
import com.complaints.core.security.Role;
import com.complaints.core.security.StaffPrincipal;
import com.complaints.core.shared.ForbiddenException;
import com.complaints.core.shared.DayRange;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;

/**
 * Agent and department scorecards over the cases received in a period (tenant time zone). Supervisors see every
 * agent and department; an agent sees their own card only.
 */
@Service
@Transactional(readOnly = true)
class Scorecards {

    private final CaseFactsReader reader;
    private final TenantContext tenantContext;
    private final TenantDirectory tenants;
    private final Clock clock;

    Scorecards(CaseFactsReader reader, TenantContext tenantContext, TenantDirectory tenants, Clock clock) {
        this.reader = reader;
        this.tenantContext = tenantContext;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The period and its cards. */
    public record Cards(LocalDate from, LocalDate to, List<Scorecard> cards) {
    }

    public Cards agents(StaffPrincipal staff, LocalDate from, LocalDate to) {
        DayRange p = period(from, to);
        List<Scorecard> cards = cards(p, CaseFacts::assigneeUserId);
        if (!staff.has(Role.SUPERVISOR)) {
            cards = cards.stream().filter(c -> c.subject().equals(staff.userId())).toList();
            if (cards.isEmpty()) {
                cards = List.of(new Scorecard(staff.userId(), 0, 0, null, null, null, 0, null));
            }
        }
        return new Cards(p.from(), p.to(), cards);
    }

    public Cards departments(StaffPrincipal staff, LocalDate from, LocalDate to) {
        if (!staff.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("department scorecards are for supervisors");
        }
        DayRange p = period(from, to);
        return new Cards(p.from(), p.to(), cards(p, f -> f.departmentId() == null ? null : f.departmentId().toString()));
    }

    /** The figures of a group of cases. */
    static Scorecard card(String subject, List<CaseFacts> cases) {
        long handled = cases.size();
        List<CaseFacts> resolved = cases.stream().filter(f -> f.resolvedAt() != null || "CLOSED".equals(f.status())).toList();
        long onTime = cases.stream().filter(f -> "ON_TIME".equals(f.sla().get("RESOLUTION"))).count();
        long decided = cases.stream().map(f -> f.sla().get("RESOLUTION"))
                .filter(o -> "ON_TIME".equals(o) || "LATE".equals(o) || "OVERDUE".equals(o)).count();
        List<Integer> scores = cases.stream().map(CaseFacts::satisfaction).filter(Objects::nonNull).toList();
        long reopened = cases.stream().filter(f -> f.round() > 1).count();
        List<Double> hours = resolved.stream().filter(f -> f.resolvedAt() != null)
                .map(f -> Duration.between(f.receivedAt(), f.resolvedAt()).toMinutes() / 60.0).toList();
        return new Scorecard(subject, handled, resolved.size(), decided == 0 ? null : round(onTime / (double) decided),
                scores.isEmpty() ? null : round(scores.stream().filter(s -> s >= 4).count() / (double) scores.size()),
                scores.isEmpty() ? null : round(scores.stream().mapToInt(Integer::intValue).average().orElse(0)),
                handled == 0 ? 0 : round(reopened / (double) handled),
                hours.isEmpty() ? null : round(hours.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
    }

    private List<Scorecard> cards(DayRange p, Function<CaseFacts, String> subject) {
        Map<String, List<CaseFacts>> groups = new TreeMap<>();
        for (CaseFacts f : reader.receivedBetween(p.start(), p.end())) {
            String s = subject.apply(f);
            if (s != null) {
                groups.computeIfAbsent(s, k -> new ArrayList<>()).add(f);
            }
        }
        List<Scorecard> cards = new ArrayList<>();
        groups.forEach((s, cases) -> cards.add(card(s, cases)));
        cards.sort(Comparator.comparingLong(Scorecard::handled).reversed().thenComparing(Scorecard::subject));
        return cards;
    }

    private DayRange period(LocalDate from, LocalDate to) {
        ZoneId zone = tenants.zone(tenantContext.require());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = from == null ? today.withDayOfMonth(1) : from;
        LocalDate last = to == null ? today : to;
        return DayRange.of(first, last, zone);
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
