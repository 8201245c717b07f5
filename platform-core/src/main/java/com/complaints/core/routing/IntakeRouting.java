package com.complaints.core.routing;

import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.complaints.core.audit.AdminAuditLog;
import com.complaints.core.complaint.ComplaintEvent;
import com.complaints.core.complaint.ComplaintView;
import com.complaints.core.complaint.SystemActions;
import com.complaints.core.shared.ShortLivedCache;
import com.complaints.core.tenancy.TenantTransactions;

/**
 * Automatic routing of channel intake: when the tenant enables it, a complaint that came in through a channel
 * (the public web form, channel plugins — not staff intake) goes straight to the department of the first matching
 * rule, right after the intake committed. No rule matches: it stays in RECEIVED for triage.
 */
@Service
@Transactional
public class IntakeRouting {

    private static final Logger log = LoggerFactory.getLogger(IntakeRouting.class);

    private final RoutingSettingsRepository settings;
    private final RoutingRules rules;
    private final SystemActions complaints;
    private final AdminAuditLog audit;
    private final TenantTransactions transactions;
    /** Per tenant: whether it routes intake. */
    private final ShortLivedCache<String, Boolean> routes = new ShortLivedCache<>(Duration.ofSeconds(5));

    IntakeRouting(RoutingSettingsRepository settings, RoutingRules rules, SystemActions complaints, AdminAuditLog audit,
                  TenantTransactions transactions) {
        this.settings = settings;
        this.rules = rules;
        this.complaints = complaints;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Transactional(readOnly = true)
    public boolean autoRouteIntake() {
        return settings.findFirstBy().map(RoutingSettings::autoRouteIntake).orElse(false);
    }

    /**
     * Whether the tenant routes channel intake, kept for 5 s (a change on this node applies at once, on another within
     * that time): asked for every intake before its event is recorded for routing.
     */
    public boolean routesIntake(String tenant) {
        return routes.get(tenant, t -> autoRouteIntake());
    }

    public boolean setAutoRouteIntake(boolean on, String actor) {
        RoutingSettings s = settings.findFirstBy().orElseGet(() -> new RoutingSettings(false));
        s.autoRouteIntake(on);
        String tenant = settings.saveAndFlush(s).tenantId();
        routes.invalidate(tenant);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                routes.invalidate(tenant);
            }
        });
        audit.record(actor, "ROUTING_SETTINGS_CHANGED", "routing-settings", Map.of("autoRouteIntake", on));
        return on;
    }

    /**
     * After a consumer's or channel's intake committed, when the tenant routes intake (recorded in the event
     * publication registry until done). The condition is checked before a publication is written: staff intake, never
     * routed, and tenants that do not route leave none.
     */
    @TransactionalEventListener(condition = "#event.actor().kind().name() != 'STAFF' and @intakeRouting.routesIntake(#event.tenant())")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(ComplaintEvent.Received event) {
        transactions.inNewTransaction(event.tenant(), () -> {
            if (!autoRouteIntake()) {
                return;
            }
            ComplaintView view = complaints.view(event.complaintId());
            RoutingDecision decision = rules.suggest(view);
            if (!decision.defaulted()) {
                complaints.route(event.complaintId(), decision.departmentId(), decision.userId(), decision.ruleName());
                log.info("intake routed tenant={} case={} rule={}", event.tenant(), event.state().caseNumber(),
                        decision.ruleName());
            }
        });
    }
}
