package com.complaints.core.security.devtoken;

import java.time.Clock;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;


/**
 * Wires the development token issuer when {@code complaints.security.dev-token.enabled=true}. Tokens are then
 * validated against its key (plus expiry and issuer). Refuses to start under the {@code prod} profile.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DevTokenProperties.class)
@ConditionalOnProperty(name = "complaints.security.dev-token.enabled", havingValue = "true")
class DevTokenConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DevTokenConfiguration.class);

    @Bean
    DevTokenIssuer devTokenIssuer(DevTokenProperties properties, Clock clock, Environment environment) {
        if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            throw new IllegalStateException("the development token issuer cannot be enabled in the prod profile; "
                    + "remove complaints.security.dev-token.enabled and configure "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri");
        }
        log.warn("DEVELOPMENT TOKEN ISSUER ENABLED: anyone who can reach POST /dev/token can obtain any role. "
                + "Never enable it on a reachable server.");
        return new DevTokenIssuer(properties, clock);
    }

    @Bean
    JwtDecoder devTokenJwtDecoder(DevTokenIssuer issuer) {
        return issuer.decoder();
    }
}
