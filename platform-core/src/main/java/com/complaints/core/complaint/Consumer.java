package com.complaints.core.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import com.complaints.core.privacy.SealedPersonalData;

/**
 * The consumer's contact details: personal data, never logged. Name, phone, e-mail and address are stored sealed with
 * the tenant's data key ({@link SealedPersonalData}); the region stays clear for the regional statistics.
 */
@Embeddable
public record Consumer(
        @Convert(converter = SealedPersonalData.class) @Column(name = "consumer_name", nullable = false, length = 4000) String name,
        @Convert(converter = SealedPersonalData.class) @Column(name = "consumer_phone", length = 4000) String phone,
        @Convert(converter = SealedPersonalData.class) @Column(name = "consumer_email", length = 4000) String email,
        @Convert(converter = SealedPersonalData.class) @Column(name = "consumer_address", length = 4000) String address,
        @Column(name = "region_code", length = 12) String regionCode,
        @Column(name = "region_name", length = 100) String regionName) {

    /** What stands for the name once the consumer's identity is erased. */
    public static final String ERASED_NAME = "[anonymised]";

    /** The consumer of an erased case: no name, no contact, the region kept for the statistics. */
    public Consumer erased() {
        return new Consumer(ERASED_NAME, null, null, null, regionCode, regionName);
    }

    @Override
    public String toString() {
        return "Consumer[redacted]";
    }
}
