package com.complaints.core.security.keycloak;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.complaints.core.shared.BackendUnavailableException;
import com.complaints.core.shared.ConflictException;
import com.complaints.core.tenancy.TenantIdentities;

/**
 * Provisions a tenant as a Keycloak organization whose <em>alias</em> is the tenant's slug (aliases are immutable and
 * survive a realm export and import; ids do not), through the admin API with the provisioning client's service
 * account. Users and their roles stay in Keycloak: the platform never copies its user store.
 */
class KeycloakOrganizations implements TenantIdentities {

    private static final Logger log = LoggerFactory.getLogger(KeycloakOrganizations.class);
    private static final int PAGE = 100;
    private static final ParameterizedTypeReference<List<Map<String, Object>>> ORGANIZATIONS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Map<String, Object>> TOKEN = new ParameterizedTypeReference<>() {
    };

    private final KeycloakProperties properties;
    private final Clock clock;
    private final RestClient http;
    private volatile AdminToken token;

    KeycloakOrganizations(KeycloakProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
        factory.setReadTimeout(properties.timeout());
        this.http = RestClient.builder().baseUrl(properties.url().toString().replaceAll("/+$", ""))
                .requestFactory(factory).build();
    }

    private record AdminToken(String value, Instant renewAt) {
    }

    @Override
    public void ensure(String slug, String displayName) {
        try {
            HttpStatus created = create(slug, displayName, false);
            if (created == HttpStatus.CREATED) {
                log.info("identity organization created tenant={}", slug);
            } else if (aliasExists(slug)) {
                log.info("identity organization linked tenant={}", slug);
            } else {
                throw new ConflictException("identity-organization-conflict", "another Keycloak organization is named '"
                        + displayName + "'");
            }
        } catch (ResourceAccessException | KeycloakRefused e) {
            log.warn("identity provider unavailable tenant={} ({})", slug, e.getMessage());
            throw new BackendUnavailableException("identity-unavailable", e);
        }
    }

    /** 201 created, or 409 when an organization of that alias or name exists. */
    private HttpStatus create(String slug, String displayName, boolean retried) {
        HttpStatus status = http.post().uri("/admin/realms/{realm}/organizations", properties.realm())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", displayName, "alias", slug, "enabled", true,
                        "description", "complaint platform tenant " + slug))
                .exchange((request, response) -> HttpStatus.valueOf(response.getStatusCode().value()), true);
        if (status == HttpStatus.UNAUTHORIZED && !retried) {
            token = null;
            return create(slug, displayName, true);
        }
        if (status != HttpStatus.CREATED && status != HttpStatus.CONFLICT) {
            throw new KeycloakRefused("creating an organization answered " + status.value());
        }
        return status;
    }

    /** Whether an organization of that alias exists: the search first (name, alias or domain), then every page. */
    private boolean aliasExists(String alias) {
        if (page(alias, 0).stream().anyMatch(o -> alias.equals(o.get("alias")))) {
            return true;
        }
        for (int first = 0; ; first += PAGE) {
            List<Map<String, Object>> page = page(null, first);
            if (page.stream().anyMatch(o -> alias.equals(o.get("alias")))) {
                return true;
            }
            if (page.size() < PAGE) {
                return false;
            }
        }
    }

    private List<Map<String, Object>> page(String search, int first) {
        try {
            return Optional.ofNullable(http.get()
                    .uri(b -> {
                        b.path("/admin/realms/{realm}/organizations").queryParam("first", first).queryParam("max", PAGE)
                                .queryParam("briefRepresentation", true);
                        if (search != null) {
                            b.queryParam("search", search);
                        }
                        return b.build(properties.realm());
                    })
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token())
                    .retrieve().body(ORGANIZATIONS)).orElse(List.of());
        } catch (ResourceAccessException e) {
            throw e;
        } catch (RestClientException e) {
            throw new KeycloakRefused("listing organizations failed: " + e.getMessage());
        }
    }

    /** The service account's access token, fetched again shortly before it expires. */
    private String token() {
        AdminToken current = token;
        if (current != null && clock.instant().isBefore(current.renewAt())) {
            return current.value();
        }
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", properties.clientId());
        form.add("client_secret", properties.clientSecret());
        Map<String, Object> answer;
        try {
            answer = http.post().uri("/realms/{realm}/protocol/openid-connect/token", properties.realm())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(TOKEN);
        } catch (ResourceAccessException e) {
            throw e;
        } catch (RestClientException e) {
            throw new KeycloakRefused("the provisioning client was refused a token: " + e.getMessage());
        }
        if (answer == null || !(answer.get("access_token") instanceof String value)) {
            throw new KeycloakRefused("the token endpoint answered no access token");
        }
        long lifetime = answer.get("expires_in") instanceof Number n ? n.longValue() : 60;
        token = new AdminToken(value, clock.instant().plusSeconds(Math.max(1, lifetime - 30)));
        return value;
    }

    /** Keycloak answered, but not as a working provisioning client gets answered. */
    private static final class KeycloakRefused extends RuntimeException {
        KeycloakRefused(String message) {
            super(message);
        }
    }
}
