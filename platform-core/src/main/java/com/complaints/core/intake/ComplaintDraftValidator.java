package com.complaints.core.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.complaints.core.complaint.FieldRules;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.plugin.api.ChannelKeys;
import com.complaints.plugin.api.ComplaintDraft;

/**
 * Validates a complaint draft from any channel (staff API, public form, plugins) in one place. Field names in
 * the errors are the JSON paths of the staff and public intake bodies.
 */
@Component
class ComplaintDraftValidator {

    static final int NAME_MAX = 100;
    static final int ADDRESS_MAX = 500;
    static final int SUBJECT_NAME_MAX = 200;
    static final int REFERENCE_MAX = 100;
    static final int DESCRIPTION_MAX = 5000;
    static final int EXPECTED_MAX = 2000;

    /** Digits with an optional leading +, spaces and dashes between, 6 to 20 digits. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9](?:[0-9 -]{4,22})[0-9]");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+");
    /** Administrative region codes such as GB/T 2260's {@code 310115}, or ISO 3166-2 like {@code CN-SH}. */
    private static final Pattern REGION_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,11}");

    private final Clock clock;

    ComplaintDraftValidator(Clock clock) {
        this.clock = clock;
    }

    void validate(ComplaintDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (!ChannelKeys.isValid(draft.channel())) {
            errors.add(FieldError.of("channel", "channel"));
        }
        if (draft.channelMessageId() != null && (draft.channelMessageId().isBlank() || draft.channelMessageId().length() > 200)) {
            errors.add(FieldError.of("channelMessageId", "length-range", 1, 200));
        }
        FieldRules.optional(errors, "location", draft.location(), 200);
        var consumer = draft.consumer();
        FieldRules.required(errors, "consumer.name", consumer.name(), NAME_MAX);
        boolean hasPhone = consumer.phone() != null && !consumer.phone().isBlank();
        boolean hasEmail = consumer.email() != null && !consumer.email().isBlank();
        if (!hasPhone && !hasEmail) {
            errors.add(FieldError.of("consumer", "contact-required"));
        }
        if (hasPhone && !PHONE.matcher(consumer.phone().strip()).matches()) {
            errors.add(FieldError.of("consumer.phone", "phone"));
        }
        if (hasEmail && (consumer.email().length() > 254 || !EMAIL.matcher(consumer.email().strip()).matches())) {
            errors.add(FieldError.of("consumer.email", "email"));
        }
        FieldRules.optional(errors, "consumer.address", consumer.address(), ADDRESS_MAX);
        if (consumer.regionCode() != null && !REGION_CODE.matcher(consumer.regionCode()).matches()) {
            errors.add(FieldError.of("consumer.regionCode", "region-code"));
        }
        FieldRules.optional(errors, "consumer.regionName", consumer.regionName(), NAME_MAX);
        FieldRules.required(errors, "subject.name", draft.subject().name(), SUBJECT_NAME_MAX);
        FieldRules.optional(errors, "subject.reference", draft.subject().reference(), REFERENCE_MAX);
        FieldRules.required(errors, "description", draft.description(), DESCRIPTION_MAX);
        FieldRules.optional(errors, "expectedResolution", draft.expectedResolution(), EXPECTED_MAX);
        var now = clock.instant().plus(Duration.ofMinutes(5));
        if (draft.occurredAt() != null && draft.occurredAt().isAfter(now)) {
            errors.add(FieldError.of("occurredAt", "not-future"));
        }
        if (draft.receivedAt() != null && draft.receivedAt().isAfter(now)) {
            errors.add(FieldError.of("receivedAt", "not-future"));
        }
        if (draft.occurredAt() != null && draft.receivedAt() != null && draft.occurredAt().isAfter(draft.receivedAt())) {
            errors.add(FieldError.of("occurredAt", "occurred-after-received"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
