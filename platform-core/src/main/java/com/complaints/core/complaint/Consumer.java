package com.complaints.core.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The consumer's contact details: personal data, never logged. */
@Embeddable
public record Consumer(
        @Column(name = "consumer_name", nullable = false, length = 100) String name,
        @Column(name = "consumer_phone", length = 32) String phone,
        @Column(name = "consumer_email", length = 254) String email,
        @Column(name = "consumer_address", length = 500) String address,
        @Column(name = "region_code", length = 12) String regionCode,
        @Column(name = "region_name", length = 100) String regionName) {

    @Override
    public String toString() {
        return "Consumer[redacted]";
    }
}
