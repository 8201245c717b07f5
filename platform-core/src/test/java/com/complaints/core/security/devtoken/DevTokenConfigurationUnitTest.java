package com.complaints.core.security.devtoken;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class DevTokenConfigurationUnitTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(DevTokenConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void offUnlessEnabled() {
        runner.run(context -> assertThat(context).doesNotHaveBean(DevTokenIssuer.class));
    }

    @Test
    void enabledIssuerSignsTokensItsDecoderAccepts() {
        runner.withPropertyValues("complaints.security.dev-token.enabled=true").run(context -> {
            DevTokenIssuer issuer = context.getBean(DevTokenIssuer.class);
            String token = issuer.issue("demo", "alice", List.of("AGENT"), List.of("product")).accessToken();
            var jwt = context.getBean(JwtDecoder.class).decode(token);
            assertThat(jwt.getSubject()).isEqualTo("alice");
            assertThat(jwt.getClaimAsString("tenant")).isEqualTo("demo");
            assertThat(jwt.getClaimAsStringList("roles")).containsExactly("AGENT");
        });
    }

    @Test
    void theProdProfileRefusesToStartWithIt() {
        runner.withPropertyValues("complaints.security.dev-token.enabled=true", "spring.profiles.active=prod")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("cannot be enabled in the prod profile");
                });
    }

    @Test
    void anotherIssuersTokensAreRefused() {
        var mine = new DevTokenIssuer(new DevTokenProperties(true, "a", null), Clock.systemUTC());
        var theirs = new DevTokenIssuer(new DevTokenProperties(true, "a", null), Clock.systemUTC());
        String foreign = theirs.issue("demo", "mallory", List.of("TENANT_ADMIN"), List.of()).accessToken();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mine.decoder().decode(foreign))
                .isInstanceOf(org.springframework.security.oauth2.jwt.JwtException.class);
    }
}
