package com.complaints.core.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.core.audit.AdminAuditLog;
import com.complaints.core.notification.StaffNotification;
import com.complaints.core.notification.StaffNotifications;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.core.tenancy.TenantProvisioned;
import com.complaints.core.timer.FiredTimer;
import com.complaints.core.timer.TimerHandler;
import com.complaints.core.timer.Timers;

/**
 * Reports made when a month closes (and a quarter, in January, April, July and October), in the tenant's time zone:
 * each tenant has one pending {@code report-close} timer, due 00:30 on the first day of the next month. When it fires
 * the month's report (and the quarter's) is computed, kept, and announced ({@code REPORT_READY}) to the subscribers'
 * e-mail addresses and to the notifiers subscribed to the event; then the next timer is set. Kept reports stay
 * downloadable.
 */
@Service
@Transactional
public class ReportArchive implements TimerHandler {

    static final String PURPOSE = "report-close";
    private static final Logger log = LoggerFactory.getLogger(ReportArchive.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+");

    private final ArchivedReportRepository archive;
    private final ReportSubscribersRepository subscribers;
    private final EvaluationReports reports;
    private final StaffNotifications notifications;
    private final Timers timers;
    private final AdminAuditLog audit;
    private final TenantContext tenantContext;
    private final TenantDirectory tenants;
    private final JsonMapper json;
    private final Clock clock;
    private final String publicBaseUrl;
    private final org.springframework.transaction.support.TransactionTemplate tx;
    private final com.complaints.core.tenancy.PlatformTenant platformTenant;

    ReportArchive(ArchivedReportRepository archive, ReportSubscribersRepository subscribers, EvaluationReports reports,
                  StaffNotifications notifications, Timers timers, AdminAuditLog audit, TenantContext tenantContext,
                  TenantDirectory tenants, JsonMapper json, Clock clock,
                  @Value("${complaints.public-base-url:http://localhost:8080}") String publicBaseUrl,
                  org.springframework.transaction.PlatformTransactionManager transactions,
                  com.complaints.core.tenancy.PlatformTenant platformTenant) {
        this.platformTenant = platformTenant;
        this.tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.archive = archive;
        this.subscribers = subscribers;
        this.reports = reports;
        this.notifications = notifications;
        this.timers = timers;
        this.audit = audit;
        this.tenantContext = tenantContext;
        this.tenants = tenants;
        this.json = json;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** Every new tenant gets its first period-close timer. */
    @EventListener
    void on(TenantProvisioned event) {
        withTimer();
    }

    /** The tenant's (empty) subscriber list with its first period-close timer. */
    private ReportSubscribers withTimer() {
        ReportSubscribers fresh = subscribers.save(new ReportSubscribers(List.of()));
        fresh.timer(timers.schedule(PURPOSE, "month", fresh.id(), null, nextClose()));
        return fresh;
    }

    /**
     * Tenants provisioned before reports were kept get their period-close timer at start-up (one look per tenant; a
     * tenant that has one is left alone).
     */
    @EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void ensureTimers() {
        for (var tenant : tenants.list()) {
            if (!platformTenant.is(tenant.slug())) {
                tenantContext.runAs(tenant.slug(), () -> tx.executeWithoutResult(s -> {
                    if (subscribers.findFirstBy().isEmpty()) {
                        withTimer();
                    }
                }));
            }
        }
    }

    @Transactional(readOnly = true)
    public List<String> subscriberEmails() {
        return subscribers.findFirstBy().map(ReportSubscribers::emails).orElse(List.of());
    }

    public List<String> setSubscribers(List<String> emails, String actor) {
        List<String> clean = emails == null ? List.of() : emails.stream().map(String::strip).distinct().toList();
        if (clean.size() > 50 || clean.stream().anyMatch(e -> e.length() > 254 || !EMAIL.matcher(e).matches())) {
            throw new InvalidInputException("emails", "email");
        }
        ReportSubscribers s = subscribers.findFirstBy().orElseGet(this::withTimer);
        s.emails(clean);
        subscribers.saveAndFlush(s);
        audit.record(actor, "REPORT_SUBSCRIBERS_CHANGED", "report-subscribers", Map.of("count", clean.size()));
        return clean;
    }

    @Transactional(readOnly = true)
    public List<ArchivedReportView> list() {
        return archive.findAllByOrderByFromDesc().stream().map(ArchivedReport::view).toList();
    }

    @Transactional(readOnly = true)
    public EvaluationReport get(UUID id) {
        ArchivedReport r = archive.findById(id).orElseThrow(() -> new NotFoundException("report"));
        return json.readValue(r.snapshot(), EvaluationReport.class);
    }

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    public void fire(FiredTimer timer) {
        ZoneId zone = zone();
        YearMonth closed = YearMonth.from(timer.dueAt().atZone(zone)).minusMonths(1);
        List<String> periods = new ArrayList<>(List.of(closed.toString()));
        if (closed.getMonthValue() % 3 == 0) {
            periods.add(closed.getYear() + "-Q" + (closed.getMonthValue() / 3));
        }
        for (String period : periods) {
            generate(period);
        }
        subscribers.findById(timer.subjectId()).ifPresent(s -> s.timer(timers.schedule(PURPOSE, "month", s.id(), null, nextClose())));
    }

    /** Computes, keeps and announces a period's report (again, if it was made before: the newer figures win). */
    public ArchivedReportView generate(String period) {
        EvaluationReport report = reports.report(period, null, null);
        String snapshot = json.writeValueAsString(report);
        ArchivedReport saved = archive.findByPeriod(period).map(kept -> {
            kept.replace(report.from(), report.to(), snapshot, clock.instant());
            return archive.saveAndFlush(kept);
        }).orElseGet(() -> archive.saveAndFlush(new ArchivedReport(period, report.from(), report.to(), snapshot,
                clock.instant())));
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("period", period);
        variables.put("from", report.from().toString());
        variables.put("to", report.to().toString());
        variables.put("reportUrl", publicBaseUrl + "/api/v1/reports/evaluation/archive/" + saved.id());
        notifications.send(new StaffNotification("REPORT_READY", null, StaffNotification.Recipient.TENANT_ADMINS, null,
                variables, subscriberEmails()));
        log.info("evaluation report kept tenant={} period={}", tenantContext.require(), period);
        return saved.view();
    }

    private Instant nextClose() {
        ZoneId zone = zone();
        LocalDate firstOfNext = YearMonth.now(clock.withZone(zone)).plusMonths(1).atDay(1);
        return firstOfNext.atTime(0, 30).atZone(zone).toInstant();
    }

    private ZoneId zone() {
        return tenants.zone(tenantContext.require());
    }
}
