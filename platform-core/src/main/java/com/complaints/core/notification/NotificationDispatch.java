package com.complaints.core.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.core.plugin.ActiveInstance;
import com.complaints.core.plugin.InstanceHealthRegistry;
import com.complaints.core.plugin.PluginCallException;
import com.complaints.core.plugin.PluginCalls;
import com.complaints.core.plugin.PluginInstances;
import com.complaints.core.plugin.PluginKind;
import com.complaints.core.plugin.PluginProperties;
import com.complaints.core.plugin.PluginRegistry;
import com.complaints.core.plugin.SecretBox;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.core.timeline.FieldChange;
import com.complaints.core.timer.FiredTimer;
import com.complaints.core.timer.TimerHandler;
import com.complaints.core.timer.Timers;
import com.complaints.plugin.api.DeliveryResult;
import com.complaints.plugin.api.Notification;
import com.complaints.plugin.api.Notifier;
import com.complaints.plugin.api.PluginContext;

/**
 * Delivers notifications from the outbox. A delivery's timer fires on one node: the delivery is claimed (attempt
 * counted, a lease timer set) in the firing transaction, and the notifier is called after commit, off the timer
 * thread, with the plugin timeout. The outcome is written in a new transaction: delivered; a retryable failure
 * waits {@code firstRetry * 2^(attempt-1)} (at most {@code maxRetry}, or what the notifier asks) up to
 * {@code maxDeliveryAttempts}; then, or on a permanent failure, the delivery is dead (on the admins' dead-letter list).
 * If the node dies during an attempt, the lease timer fires and the attempt counts as failed. Final outcomes are
 * written to the case's timeline.
 */
@Component
class NotificationDispatch implements TimerHandler {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatch.class);
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private final NotificationDeliveryRepository deliveries;
    private final OutboxRepository outbox;
    private final PluginInstances instances;
    private final PluginRegistry registry;
    private final PluginCalls calls;
    private final PluginProperties properties;
    private final NotificationTemplates templates;
    private final InstanceHealthRegistry health;
    private final SecretBox secrets;
    private final Timers timers;
    private final ApplicationEventPublisher events;
    private final TenantContext tenantContext;
    private final TenantDirectory tenants;
    private final TransactionTemplate tx;
    /** Turns at the database for attempts (they run on unbounded virtual threads; the connection pool is bounded). */
    private final Semaphore databaseTurns;
    private final JsonMapper json;
    private final Clock clock;

    NotificationDispatch(NotificationDeliveryRepository deliveries, OutboxRepository outbox, PluginInstances instances,
                         PluginRegistry registry, PluginCalls calls, PluginProperties properties,
                         NotificationTemplates templates, InstanceHealthRegistry health, SecretBox secrets, Timers timers,
                         ApplicationEventPublisher events, TenantContext tenantContext, TenantDirectory tenants,
                         PlatformTransactionManager transactions,
                         JsonMapper json, Clock clock) {
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.instances = instances;
        this.registry = registry;
        this.calls = calls;
        this.properties = properties;
        this.templates = templates;
        this.health = health;
        this.secrets = secrets;
        this.timers = timers;
        this.events = events;
        this.tenantContext = tenantContext;
        this.tenants = tenants;
        this.tx = new TransactionTemplate(transactions);
        this.databaseTurns = new Semaphore(properties.deliveryWriters(), true);
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String purpose() {
        return NotificationOutbox.TIMER_PURPOSE;
    }

    @Override
    public void fire(FiredTimer timer) {
        NotificationDelivery d = deliveries.findById(timer.subjectId()).orElse(null);
        if (d == null || !timer.id().equals(d.timerId())
                || !(d.status() == DeliveryStatus.PENDING || d.status() == DeliveryStatus.IN_FLIGHT)) {
            return;
        }
        Instant now = timer.firedAt();
        if (d.status() == DeliveryStatus.IN_FLIGHT) {
            log.warn("notification attempt lost tenant={} delivery={} (no outcome before its lease ran out)",
                    timer.tenant(), d.id());
        }
        if (d.attempts() >= properties.maxDeliveryAttempts()) {
            finish(d, null, "no outcome after " + d.attempts() + " attempts", now);
            return;
        }
        attemptAfterCommit(d, timer.tenant(), now);
    }

    /**
     * Claims the delivery for one attempt and makes that attempt once the caller's transaction committed. The only
     * timer is the lease: it fires only if no outcome was recorded in time (the node died mid-attempt), and then the
     * next attempt starts from {@link #fire}. A new notification takes this path at once, so in the normal case it
     * passes through the timer engine once (its lease, cancelled with the outcome).
     */
    void attemptAfterCommit(NotificationDelivery d, String tenant, Instant now) {
        Instant leaseUntil = now.plus(properties.longestCallTimeout().multipliedBy(2)).plusSeconds(60);
        UUID lease = timers.schedule(purpose(), "lease", d.id(), d.complaintId(), leaseUntil);
        d.claim(lease, leaseUntil);
        UUID id = d.id();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                calls.submit(() -> attempt(tenant, id));
            }
        });
    }

    /** One attempt, off the timer thread: read, call the notifier, write the outcome. */
    void attempt(String tenant, UUID deliveryId) {
        tenantContext.runAs(tenant, () -> {
            Optional<Prepared> prepared = inTurn(() -> tx.execute(s -> prepare(deliveryId)));
            if (prepared == null || prepared.isEmpty()) {
                return;
            }
            Prepared p = prepared.get();
            Instant started = clock.instant();
            DeliveryResult result;
            try {
                PluginContext context = HostPluginContext.of(tenant, p.instance(), clock.withZone(tenants.zone(tenant)), health);
                result = calls.call("notifier " + p.instance().key() + " deliver", p.loader(),
                        properties.callTimeout(p.pluginId()),
                        () -> p.notifier().deliver(p.notification(), context));
                if (result == null) {
                    result = DeliveryResult.retry("the notifier returned no result");
                }
            } catch (PluginCallException e) {
                result = DeliveryResult.retry(e.shortReason());
            }
            Duration latency = Duration.between(started, clock.instant());
            if (result instanceof DeliveryResult.Delivered) {
                health.succeeded(PluginKind.NOTIFIER, p.instance().type(), tenant, p.instance().key(), latency);
            } else {
                health.failed(PluginKind.NOTIFIER, p.instance().type(), tenant, p.instance().key(), latency, reason(result));
            }
            DeliveryResult outcome = result;
            inTurn(() -> {
                tx.executeWithoutResult(s -> record(deliveryId, outcome));
                return null;
            });
        });
    }

    /**
     * A transaction of an attempt, when its turn comes: a burst of attempts (a retry wave, deadlines falling due
     * together) would otherwise take every pooled connection, each wanting a second one for its events, and wait out
     * the pool's timeout together.
     */
    private <T> T inTurn(Supplier<T> work) {
        databaseTurns.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            databaseTurns.release();
        }
    }

    private record Prepared(ActiveInstance instance, Notifier notifier, String pluginId, ClassLoader loader,
                            Notification notification) {
    }

    private Optional<Prepared> prepare(UUID deliveryId) {
        NotificationDelivery d = deliveries.findById(deliveryId).orElse(null);
        if (d == null || d.status() != DeliveryStatus.IN_FLIGHT) {
            return Optional.empty();
        }
        Optional<ActiveInstance> instance = instances.active(PluginKind.NOTIFIER, d.instanceKey());
        var offered = instance.flatMap(i -> registry.notifier(i.type()));
        if (instance.isEmpty() || offered.isEmpty()) {
            finish(d, null, "notifier " + d.instanceKey() + " is disabled, removed or not installed", clock.instant());
            return Optional.empty();
        }
        OutboxEntry entry = outbox.findById(d.outboxId()).orElseThrow();
        Map<String, String> variables = new LinkedHashMap<>(json.readValue(entry.variables(), MAP));
        if (entry.secretVariables() != null && d.recipientKind() != Notification.Kind.ENDPOINT) {
            variables.putAll(json.readValue(secrets.decrypt(entry.secretVariables()), MAP));
        }
        NotificationEvent event = NotificationEvent.valueOf(entry.event());
        var rendered = templates.render(event, d.locale(), variables);
        String address = d.sealedAddress() == null ? null : secrets.decrypt(d.sealedAddress());
        Notification notification = new Notification(d.id().toString(), tenantContext.require(), event.name(),
                event.name(), d.locale(), new Notification.Recipient(d.recipientKind(), address, d.recipientLabel()),
                rendered.subject(), rendered.body(), variables, entry.caseNumber(), entry.createdAt());
        return Optional.of(new Prepared(instance.get(), offered.get().extension(), offered.get().pluginId(),
                offered.get().classLoader(), notification));
    }

    private void record(UUID deliveryId, DeliveryResult result) {
        NotificationDelivery d = deliveries.findById(deliveryId).orElse(null);
        if (d == null || d.status() != DeliveryStatus.IN_FLIGHT) {
            return;
        }
        Instant now = clock.instant();
        if (d.timerId() != null) {
            timers.cancel(d.timerId());
        }
        switch (result) {
            case DeliveryResult.Delivered delivered -> finish(d, delivered.reference(), null, now);
            case DeliveryResult.PermanentFailure failure -> finish(d, null, failure.reason(), now);
            case DeliveryResult.RetryableFailure failure -> {
                if (d.attempts() >= properties.maxDeliveryAttempts()) {
                    finish(d, null, failure.reason() + " (after " + d.attempts() + " attempts)", now);
                } else {
                    Instant next = now.plus(backoff(d.attempts(), failure.retryAfter()));
                    d.retryAt(next, timers.schedule(purpose(), "attempt", d.id(), d.complaintId(), next), failure.reason());
                    log.info("notification retry tenant={} delivery={} attempt={} next={}", tenantContext.require(), d.id(),
                            d.attempts(), next);
                }
            }
        }
    }

    /** Exponential back-off from the first retry interval, capped; a notifier's own hint wins when it is longer. */
    Duration backoff(int attempts, Duration hint) {
        Duration base = properties.firstRetry().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        Duration wait = base.compareTo(properties.maxRetry()) > 0 ? properties.maxRetry() : base;
        return hint != null && hint.compareTo(wait) > 0 ? (hint.compareTo(properties.maxRetry()) > 0 ? properties.maxRetry() : hint) : wait;
    }

    private void finish(NotificationDelivery d, String reference, String error, Instant now) {
        boolean delivered = error == null;
        if (delivered) {
            d.delivered(reference, now);
        } else {
            d.dead(error, now);
            log.warn("notification dead tenant={} delivery={} event={} notifier={}: {}", tenantContext.require(), d.id(),
                    d.event(), d.instanceKey(), error);
        }
        if (d.complaintId() != null) {
            events.publishEvent(new NotificationOutcome(d.complaintId(), delivered, now,
                    d.event() + " to " + d.recipientLabel() + " via " + d.instanceKey()
                            + (delivered ? "" : ": " + truncate(error)),
                    List.of(FieldChange.of("notifier", null, d.instanceKey()), FieldChange.of("attempts", null, d.attempts())),
                    d.id()));
        }
    }

    private static String reason(DeliveryResult r) {
        return switch (r) {
            case DeliveryResult.Delivered d -> null;
            case DeliveryResult.RetryableFailure f -> f.reason();
            case DeliveryResult.PermanentFailure f -> f.reason();
        };
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 300);
    }
}
