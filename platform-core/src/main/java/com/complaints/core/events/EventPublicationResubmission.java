package com.complaints.core.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again what an after-commit listener did not finish: a node crashed between commit and listener, or the
 * listener failed (its transaction rolled back). A publication counts as lost once it is older than
 * {@code complaints.events.resubmit-after} — longer than any listener runs — and is then handed to its listener
 * again. The listeners are written to be repeatable (routing only moves a case still in RECEIVED, and so on).
 */
@Component
class EventPublicationResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final Duration after;

    EventPublicationResubmission(IncompleteEventPublications incomplete,
                                 @Value("${complaints.events.resubmit-after:PT5M}") Duration after) {
        this.incomplete = incomplete;
        this.after = after;
    }

    @Scheduled(fixedDelayString = "${complaints.events.resubmit-interval:PT1M}", initialDelayString = "PT1M")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(after);
        } catch (RuntimeException e) {
            log.warn("event publication resubmission failed: {}", e.toString());
        }
    }
}
