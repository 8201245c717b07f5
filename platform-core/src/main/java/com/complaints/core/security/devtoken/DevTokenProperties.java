package com.complaints.core.security.devtoken;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The development token issuer. On in the embedded default only; elsewhere it must be enabled explicitly, and
 * the {@code prod} profile refuses to start with it.
 *
 * @param enabled  whether {@code POST /dev/token} exists and tokens it signs are accepted
 * @param issuer   the {@code iss} of the tokens it signs
 * @param lifetime how long a token lives
 */
@ConfigurationProperties("complaints.security.dev-token")
public record DevTokenProperties(boolean enabled, String issuer, Duration lifetime) {

    public DevTokenProperties {
        issuer = issuer == null || issuer.isBlank() ? "complaints-dev-issuer" : issuer;
        lifetime = lifetime == null ? Duration.ofHours(8) : lifetime;
    }
}
