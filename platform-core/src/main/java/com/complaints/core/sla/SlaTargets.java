package com.complaints.core.sla;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;

/**
 * The policy's "[X]" for one tenant. Days are business days of the governing calendar; durations are ISO-8601
 * ({@code PT2H}) and count business time unless said otherwise.
 *
 * @param generalResolutionDays         GENERAL: resolution within X business days of receipt
 * @param complexFirstFeedbackDays      COMPLEX: first progress feedback within X business days of acceptance (triage)
 * @param complexFeedbackIntervalDays   COMPLEX: then again every X business days while open
 * @param complexResolutionDays         COMPLEX: resolution within X business days of receipt
 * @param urgentFirstContact            URGENT: first contact within this time of receipt
 * @param urgentFirstContactCalendarTime URGENT: whether first contact counts calendar time (nights, holidays count)
 * @param urgentResolutionDays          URGENT: resolution within X business days of receipt
 * @param followUpDays                  follow-up within X business days after resolution
 * @param handoverAcknowledgement       a transfer is acknowledged within this business time; {@code null}: no target
 * @param warningShare                  warn when this share of the target has passed (0 &lt; share &lt; 1)
 * @param secondLevelAfter              second-level escalation this business time after a breach
 * @param raiseUrgencyOnSecondLevel     whether the second level raises the case to URGENT
 */
public record SlaTargets(
        int generalResolutionDays,
        int complexFirstFeedbackDays,
        int complexFeedbackIntervalDays,
        int complexResolutionDays,
        Duration urgentFirstContact,
        boolean urgentFirstContactCalendarTime,
        int urgentResolutionDays,
        int followUpDays,
        Duration handoverAcknowledgement,
        double warningShare,
        Duration secondLevelAfter,
        boolean raiseUrgencyOnSecondLevel) {

    /** The seed for new tenants; see the README. */
    public static SlaTargets defaults() {
        return new SlaTargets(5, 2, 3, 15, Duration.ofHours(2), true, 3, 3, Duration.ofHours(4), 0.75,
                Duration.ofHours(8), false);
    }

    void validate() {
        List<FieldError> errors = new ArrayList<>();
        days(errors, "generalResolutionDays", generalResolutionDays);
        days(errors, "complexFirstFeedbackDays", complexFirstFeedbackDays);
        days(errors, "complexFeedbackIntervalDays", complexFeedbackIntervalDays);
        days(errors, "complexResolutionDays", complexResolutionDays);
        days(errors, "urgentResolutionDays", urgentResolutionDays);
        days(errors, "followUpDays", followUpDays);
        duration(errors, "urgentFirstContact", urgentFirstContact, true);
        duration(errors, "handoverAcknowledgement", handoverAcknowledgement, false);
        duration(errors, "secondLevelAfter", secondLevelAfter, true);
        if (!(warningShare > 0 && warningShare < 1)) {
            errors.add(FieldError.of("warningShare", "share"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void days(List<FieldError> errors, String field, int days) {
        if (days < 1 || days > 365) {
            errors.add(FieldError.of(field, "range", 1, 365));
        }
    }

    private static void duration(List<FieldError> errors, String field, Duration d, boolean required) {
        if (d == null) {
            if (required) {
                errors.add(FieldError.of(field, "required"));
            }
        } else if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofDays(30)) > 0) {
            errors.add(FieldError.of(field, "duration"));
        }
    }
}
