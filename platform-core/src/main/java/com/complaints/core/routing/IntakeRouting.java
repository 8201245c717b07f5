package com.complaints.core.routing;

import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.audit.AdminAuditLog;
import com.complaints.core.complaint.ComplaintChanged;
import com.complaints.core.complaint.ComplaintService;
import com.complaints.core.complaint.ComplaintView;

/**
 * Automatic routing of channel intake: when the tenant enables it, a complaint that came in through a channel
 * (the public web form, channel plugins — not staff intake) goes straight to the department of the first matching
 * rule, in the intake's transaction. No rule matches: it stays in RECEIVED for triage.
 */
@Service
@Transactional
public class IntakeRouting {

    /** Who takes complaints in when no staff member does. */
    static final Set<String> CHANNEL_ACTORS = Set.of("consumer");
    private static final Logger log = LoggerFactory.getLogger(IntakeRouting.class);

    private final RoutingSettingsRepository settings;
    private final RoutingRules rules;
    private final ComplaintService complaints;
    private final AdminAuditLog audit;

    IntakeRouting(RoutingSettingsRepository settings, RoutingRules rules, ComplaintService complaints, AdminAuditLog audit) {
        this.settings = settings;
        this.rules = rules;
        this.complaints = complaints;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public boolean autoRouteIntake() {
        return settings.findFirstBy().map(RoutingSettings::autoRouteIntake).orElse(false);
    }

    public boolean setAutoRouteIntake(boolean on, String actor) {
        RoutingSettings s = settings.findFirstBy().orElseGet(() -> new RoutingSettings(false));
        s.autoRouteIntake(on);
        settings.saveAndFlush(s);
        audit.record(actor, "ROUTING_SETTINGS_CHANGED", "routing-settings", Map.of("autoRouteIntake", on));
        return on;
    }

    @EventListener
    void on(ComplaintChanged event) {
        if (!"RECEIVED".equals(event.type()) || !autoRouteIntake()) {
            return;
        }
        ComplaintView view = complaints.systemView(event.complaintId());
        if (!CHANNEL_ACTORS.contains(view.createdBy())) {
            return;
        }
        RoutingDecision decision = rules.suggest(view);
        if (!decision.defaulted()) {
            complaints.routeBySystem(event.complaintId(), decision.departmentId(), decision.userId(), decision.ruleName());
            log.info("intake routed case={} rule={}", event.caseNumber(), decision.ruleName());
        }
    }
}
