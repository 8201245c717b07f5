package com.complaints.core.security.devtoken;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.security.Role;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.tenancy.PlatformTenant;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.core.tenancy.TenantSlug;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /dev/token} (form: tenant, user, roles, department) → a signed access token. */
@RestController
@ConditionalOnProperty(name = "complaints.security.dev-token.enabled", havingValue = "true")
class DevTokenController {

    private final DevTokenIssuer issuer;
    private final TenantDirectory tenants;
    private final PlatformTenant platformTenant;

    DevTokenController(DevTokenIssuer issuer, TenantDirectory tenants, PlatformTenant platformTenant) {
        this.issuer = issuer;
        this.tenants = tenants;
        this.platformTenant = platformTenant;
    }

    @PostMapping(path = "/dev/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    DevToken token(@RequestParam(required = false) String tenant,
                              @RequestParam(required = false) String user,
                              @RequestParam(required = false) String roles,
                              @RequestParam(required = false) String department) {
        List<FieldError> errors = new ArrayList<>();
        if (!TenantSlug.isValid(tenant)) {
            errors.add(FieldError.of("tenant", "pattern", TenantSlug.REGEX));
        } else if (!platformTenant.is(tenant) && !tenants.exists(tenant)) {
            errors.add(FieldError.of("tenant", "unknown-tenant"));
        }
        if (user == null || !user.matches("[\\p{L}\\p{N}._@:-]{1,100}")) {
            errors.add(FieldError.of("user", "user-id"));
        }
        List<String> roleList = split(roles);
        if (roleList.isEmpty()) {
            errors.add(FieldError.of("roles", "roles-required", Arrays.toString(Role.values())));
        }
        roleList.stream().filter(r -> Role.parse(r).isEmpty())
                .forEach(r -> errors.add(FieldError.of("roles", "unknown-role", r)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<String> normalised = roleList.stream().map(r -> Role.parse(r).orElseThrow().name()).toList();
        var issued = issuer.issue(tenant, user, normalised, split(department));
        return new DevToken(issued.accessToken(), issued.tokenType(), issued.expiresIn());
    }

    /** The token answer, named as OAuth 2.0 names it (RFC 6749, section 5.1). */
    record DevToken(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
                    @JsonProperty("expires_in") long expiresIn) {
    }

    private static List<String> split(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
