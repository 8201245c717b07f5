package com.complaints.core.intake;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.plugin.api.ComplaintDraft;
import com.complaints.plugin.api.ConsumerDetails;
import com.complaints.plugin.api.SubjectDetails;
import com.complaints.plugin.api.SubjectType;

class ComplaintDraftValidatorUnitTest {

    private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    private final ComplaintDraftValidator validator = new ComplaintDraftValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    private static ComplaintDraft draft(ConsumerDetails consumer) {
        return new ComplaintDraft("web", null, consumer, new SubjectDetails(SubjectType.SERVICE, "快递", null),
                "快递员态度恶劣", null, null, null);
    }

    @Test
    void acceptsPhoneOrEmail() {
        assertThatCode(() -> validator.validate(draft(new ConsumerDetails("王五", "+86 138-0000-0000", null, null, "310115", null))))
                .doesNotThrowAnyException();
        assertThatCode(() -> validator.validate(draft(new ConsumerDetails("Wang", null, "wang@example.cn", null, null, null))))
                .doesNotThrowAnyException();
    }

    @Test
    void requiresSomeContact() {
        assertThatThrownBy(() -> validator.validate(draft(new ConsumerDetails("王五", null, " ", null, null, null))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors(), list(FieldError.class))
                .extracting(FieldError::field).containsExactly("consumer");
    }

    @Test
    void reportsEveryMalformedField() {
        var bad = new ComplaintDraft("Web!", "", new ConsumerDetails("", "12ab", "not-an-email", null, "shanghai", null),
                new SubjectDetails(SubjectType.PRODUCT, " ", null), "x".repeat(5001), null,
                NOW.plusSeconds(3600), null);
        assertThatThrownBy(() -> validator.validate(bad))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors(), list(FieldError.class))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("channel", "channelMessageId", "consumer.name", "consumer.phone",
                        "consumer.email", "consumer.regionCode", "subject.name", "description", "occurredAt");
    }
}
