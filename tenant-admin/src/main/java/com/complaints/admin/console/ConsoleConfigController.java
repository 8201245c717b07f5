package com.complaints.admin.console;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /console/config.json}: how the console signs people in, read before anything else. With the development
 * token issuer on (the embedded default) it offers the development sign-in; with an OpenID Connect issuer configured
 * it signs in with the authorization code flow and PKCE as a public client. Both are configuration, not code:
 * {@code complaints.console.oidc.issuer} (defaults to the resource server's issuer), {@code …client-id},
 * {@code …scope}.
 */
@RestController
class ConsoleConfigController {

    private final ConsoleConfig config;

    ConsoleConfigController(@Value("${complaints.security.dev-token.enabled:false}") boolean devSignIn,
                            @Value("${complaints.console.oidc.issuer:${spring.security.oauth2.resourceserver.jwt.issuer-uri:}}") String issuer,
                            @Value("${complaints.console.oidc.client-id:complaint-console}") String clientId,
                            @Value("${complaints.console.oidc.scope:openid profile}") String scope) {
        this.config = new ConsoleConfig(devSignIn,
                issuer == null || issuer.isBlank() ? null : new Oidc(issuer.strip(), clientId.strip(), scope.strip()));
    }

    /** The console's sign-in settings; {@code oidc} is null without an issuer. */
    record ConsoleConfig(boolean devSignIn, Oidc oidc) {
    }

    record Oidc(String issuer, String clientId, String scope) {
    }

    @GetMapping("/console/config.json")
    ResponseEntity<ConsoleConfig> config() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(config);
    }
}
