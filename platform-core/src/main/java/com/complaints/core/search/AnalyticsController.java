package com.complaints.core.search;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.security.CurrentStaff;
import com.complaints.core.security.Role;
import com.complaints.core.shared.ForbiddenException;
import com.complaints.core.shared.InvalidInputException;

/**
 * {@code /api/v1/analytics} (SUPERVISOR+: the figures cover the whole tenant): trends, anomalies, recurring problems.
 */
@RestController
@RequestMapping("/api/v1/analytics")
class AnalyticsController {

    private final CaseAnalytics analytics;
    private final CurrentStaff currentStaff;

    AnalyticsController(CaseAnalytics analytics, CurrentStaff currentStaff) {
        this.analytics = analytics;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/trends")
    AnalyticsReports.Trends trends(@RequestParam(defaultValue = "month") String interval,
                                   @RequestParam(required = false) String groupBy,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        supervisor();
        Interval i = switch (interval) {
            case "day" -> Interval.DAY;
            case "week" -> Interval.WEEK;
            case "month" -> Interval.MONTH;
            case "quarter" -> Interval.QUARTER;
            default -> throw new InvalidInputException("interval", "one-of", "day, week, month, quarter");
        };
        return analytics.trends(i, groupBy, from, to);
    }

    @GetMapping("/anomalies")
    AnalyticsReports.Anomalies anomalies(@RequestParam(defaultValue = "region") String dimension,
                                         @RequestParam(required = false) String period) {
        supervisor();
        return analytics.anomalies(dimension, period);
    }

    @GetMapping("/recurring")
    AnalyticsReports.Recurring recurring(@RequestParam(defaultValue = "3") int months,
                                         @RequestParam(defaultValue = "5") int minVolume) {
        supervisor();
        return analytics.recurring(months, minVolume);
    }

    private void supervisor() {
        if (!currentStaff.get().has(Role.SUPERVISOR)) {
            throw new ForbiddenException("analytics cover the whole tenant: SUPERVISOR or TENANT_ADMIN only");
        }
    }
}
