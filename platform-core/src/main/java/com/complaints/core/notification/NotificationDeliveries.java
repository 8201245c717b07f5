package com.complaints.core.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.audit.AdminAuditLog;
import com.complaints.core.shared.ConflictException;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.timer.Timers;

/** Deliveries for tenant admins: the log, the dead-letter list, and sending a dead one again. */
@Service
@Transactional
public class NotificationDeliveries {

    private final NotificationDeliveryRepository deliveries;
    private final Timers timers;
    private final AdminAuditLog audit;
    private final Clock clock;

    NotificationDeliveries(NotificationDeliveryRepository deliveries, Timers timers, AdminAuditLog audit, Clock clock) {
        this.deliveries = deliveries;
        this.timers = timers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Deliveries, newest first; only those with {@code status} when given (DEAD is the dead-letter list). */
    @Transactional(readOnly = true)
    public Page<DeliveryView> list(DeliveryStatus status, Pageable page) {
        return (status == null ? deliveries.findAllByOrderByCreatedAtDesc(page)
                : deliveries.findByStatusOrderByCreatedAtDesc(status, page)).map(NotificationDelivery::view);
    }

    @Transactional(readOnly = true)
    public DeliveryView get(UUID id) {
        return deliveries.findById(id).map(NotificationDelivery::view).orElseThrow(() -> new NotFoundException("delivery"));
    }

    /** A dead delivery gets a fresh round of attempts, starting now. */
    public DeliveryView retry(UUID id, String actor) {
        NotificationDelivery d = deliveries.findById(id).orElseThrow(() -> new NotFoundException("delivery"));
        if (d.status() != DeliveryStatus.DEAD) {
            throw new ConflictException("delivery-not-dead", "only dead deliveries can be sent again");
        }
        Instant now = clock.instant();
        d.revive(timers.schedule(NotificationOutbox.TIMER_PURPOSE, "attempt", d.id(), d.complaintId(), now), now);
        deliveries.saveAndFlush(d);
        audit.record(actor, "NOTIFICATION_RETRIED", id.toString(), Map.of("event", d.event(), "notifier", d.instanceKey()));
        return d.view();
    }
}
