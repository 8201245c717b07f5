package com.complaints.plugin.api;

/**
 * The consumer of a complaint draft. At least one of phone and e-mail must be given; the platform validates
 * the formats. These are personal data: plugins must not log them.
 *
 * @param name       the consumer's name
 * @param phone      phone number, digits with an optional leading {@code +}, may be {@code null}
 * @param email      e-mail address, may be {@code null}
 * @param address    postal address, may be {@code null}
 * @param regionCode administrative region code (e.g. GB/T 2260 {@code 310115}), may be {@code null}
 * @param regionName region name, may be {@code null}
 */
public record ConsumerDetails(
        String name,
        String phone,
        String email,
        String address,
        String regionCode,
        String regionName) {
}
