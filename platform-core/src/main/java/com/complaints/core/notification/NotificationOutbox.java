package com.complaints.core.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.core.plugin.PluginInstances;
import com.complaints.core.plugin.PluginKind;
import com.complaints.core.plugin.PluginRegistry;
import com.complaints.core.plugin.SecretBox;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.core.tenancy.TenantView;
import com.complaints.plugin.api.Notification;

/**
 * The transactional outbox: a notification is written in the transaction of the change that caused it, together
 * with one delivery per subscribed notifier instance and recipient, each claimed for its first attempt with a lease
 * timer. The attempt starts once the change committed; after a crash the lease fires and the attempt is made again.
 *
 * <p>Consumer events go to e-mail notifiers (the consumer's address) and SMS notifiers (their phone); every event a
 * tenant subscribes to goes to endpoint notifiers (webhooks, group bots), which never get the access code. An
 * instance without a subscription takes the events of its kind: consumer events for e-mail and SMS, all for
 * endpoints.
 */
@Component
class NotificationOutbox implements StaffNotifications, ConsumerNotifications {

    static final String TIMER_PURPOSE = "notification";
    private static final Logger log = LoggerFactory.getLogger(NotificationOutbox.class);

    private final OutboxRepository outbox;
    private final NotificationDeliveryRepository deliveries;
    private final PluginInstances instances;
    private final PluginRegistry registry;
    private final SecretBox secrets;
    private final NotificationDispatch dispatch;
    private final TenantContext tenantContext;
    private final TenantDirectory tenants;
    private final JsonMapper json;
    private final Clock clock;

    NotificationOutbox(OutboxRepository outbox, NotificationDeliveryRepository deliveries, PluginInstances instances,
                       PluginRegistry registry, SecretBox secrets, NotificationDispatch dispatch,
                       TenantContext tenantContext,
                       TenantDirectory tenants, JsonMapper json, Clock clock) {
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.instances = instances;
        this.registry = registry;
        this.secrets = secrets;
        this.dispatch = dispatch;
        this.tenantContext = tenantContext;
        this.tenants = tenants;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(StaffNotification n) {
        NotificationEvent event = NotificationEvent.of(n.event())
                .orElseThrow(() -> new IllegalArgumentException("unknown notification event " + n.event()));
        Optional<TenantView> tenant = tenants.find(tenantContext.require());
        String locale = locale(tenant);
        Map<String, String> variables = withTenant(n.variables(), tenant);
        String recipient = n.recipient().name() + (n.recipientId() == null ? "" : ":" + n.recipientId());
        variables.put("recipient", recipient);
        OutboxEntry entry = save(event, n.complaintId(), variables.get("caseNumber"), n.recipient().name(), n.recipientId(),
                variables, Map.of());
        Instant now = clock.instant();
        for (PluginInstances.Subscription instance : subscribed(event)) {
            if (kindOf(instance) == Notification.Kind.ENDPOINT) {
                schedule(new NotificationDelivery(entry.id(), n.complaintId(), event.name(), instance.key(),
                        Notification.Kind.ENDPOINT, truncate("staff " + recipient.toLowerCase()), null, locale, now));
            }
        }
        if (!n.emails().isEmpty()) {
            instances.subscriptions(PluginKind.NOTIFIER).stream().filter(i -> kindOf(i) == Notification.Kind.EMAIL).findFirst()
                    .ifPresent(mail -> n.emails().forEach(address -> schedule(new NotificationDelivery(entry.id(), n.complaintId(),
                            event.name(), mail.key(), Notification.Kind.EMAIL, "subscriber", secrets.encrypt(address), locale, now))));
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(ConsumerNotification n) {
        Optional<TenantView> tenant = tenants.find(tenantContext.require());
        Map<String, String> variables = withTenant(n.variables(), tenant);
        OutboxEntry entry = save(n.event(), n.complaintId(), n.caseNumber(), "CONSUMER", null, variables,
                n.secretVariables());
        Instant now = clock.instant();
        String locale = locale(tenant);
        for (PluginInstances.Subscription instance : subscribed(n.event())) {
            Notification.Kind kind = kindOf(instance);
            if (kind == null) {
                continue;
            }
            String address = switch (kind) {
                case EMAIL -> n.email();
                case PHONE -> n.phone();
                case ENDPOINT -> null;
            };
            if (kind != Notification.Kind.ENDPOINT && (address == null || address.isBlank())) {
                continue;
            }
            schedule(new NotificationDelivery(entry.id(), n.complaintId(), n.event().name(), instance.key(), kind,
                    "consumer", address == null ? null : secrets.encrypt(address), locale, now));
        }
    }

    private OutboxEntry save(NotificationEvent event, java.util.UUID complaintId, String caseNumber, String recipient,
                             String recipientId, Map<String, String> variables, Map<String, String> secretVariables) {
        String sealed = secretVariables.isEmpty() ? null : secrets.encrypt(json.writeValueAsString(secretVariables));
        return outbox.save(new OutboxEntry(event, complaintId, caseNumber, recipient, recipientId,
                json.writeValueAsString(variables), sealed, clock.instant()));
    }

    private void schedule(NotificationDelivery delivery) {
        NotificationDelivery saved = deliveries.save(delivery);
        dispatch.attemptAfterCommit(saved, tenantContext.require(), clock.instant());
        log.debug("notification queued tenant={} event={} notifier={}", tenantContext.require(), saved.event(),
                saved.instanceKey());
    }

    private List<PluginInstances.Subscription> subscribed(NotificationEvent event) {
        return instances.subscriptions(PluginKind.NOTIFIER).stream().filter(i -> {
            if (!i.events().isEmpty()) {
                return i.events().contains(event.name());
            }
            Notification.Kind kind = kindOf(i);
            return kind == Notification.Kind.ENDPOINT || event.audience() == NotificationEvent.Audience.CONSUMER;
        }).toList();
    }

    private Notification.Kind kindOf(PluginInstances.Subscription instance) {
        return registry.notifier(instance.type()).map(o -> o.extension().recipientKind()).orElse(null);
    }

    private static Map<String, String> withTenant(Map<String, String> variables, Optional<TenantView> tenant) {
        Map<String, String> all = new LinkedHashMap<>(variables);
        tenant.ifPresent(t -> all.putIfAbsent("tenantName", t.displayName()));
        return all;
    }

    private static String locale(Optional<TenantView> tenant) {
        return tenant.map(t -> t.locale().equals("en") ? "en" : "zh-CN").orElse("zh-CN");
    }

    private static String truncate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120);
    }
}
