package com.complaints.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import com.complaints.core.tenancy.PlatformTenant;

class StaffTokenConverterUnitTest {

    private final PlatformTenant platform = new PlatformTenant("platform");
    private final StaffTokenConverter converter =
            new StaffTokenConverter(new TokenClaimsProperties(null, null, null, null, null), platform);

    private static Jwt jwt(Consumer<Map<String, Object>> claims) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("alice")
                .claims(c -> claims.accept(c)).build();
    }

    private StaffPrincipal staff(Jwt jwt) {
        return ((StaffAuthentication) converter.convert(jwt)).staff();
    }

    @Test
    void readsTenantRolesAndDepartments() {
        StaffPrincipal s = staff(jwt(c -> {
            c.put("tenant", "acme");
            c.put("roles", List.of("AGENT", "supervisor", "NOT_A_ROLE"));
            c.put("department", "product,legal");
        }));
        assertThat(s.tenant()).isEqualTo("acme");
        assertThat(s.userId()).isEqualTo("alice");
        assertThat(s.roles()).containsExactlyInAnyOrder(Role.AGENT, Role.SUPERVISOR);
        assertThat(s.departmentCodes()).containsExactly("product", "legal");
    }

    @Test
    void rejectsATokenWithoutTenant() {
        assertThatThrownBy(() -> converter.convert(jwt(c -> c.put("roles", List.of("AGENT")))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("no tenant");
    }

    @Test
    void rejectsATokenWithTwoTenants() {
        assertThatThrownBy(() -> converter.convert(jwt(c -> c.put("tenant", List.of("acme", "globex")))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("more than one");
    }

    @Test
    void rejectsAMalformedTenant() {
        assertThatThrownBy(() -> converter.convert(jwt(c -> c.put("tenant", "ACME Corp"))))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void operatorRoleCountsOnlyInThePlatformTenant() {
        assertThat(staff(jwt(c -> {
            c.put("tenant", "acme");
            c.put("roles", List.of("PLATFORM_OPERATOR", "AGENT"));
        })).roles()).containsExactly(Role.AGENT);
        assertThat(staff(jwt(c -> {
            c.put("tenant", "platform");
            c.put("roles", List.of("PLATFORM_OPERATOR", "TENANT_ADMIN"));
        })).roles()).containsExactly(Role.PLATFORM_OPERATOR);
    }

    @Test
    void acceptsKeycloakOrganizationsAndNestedRoles() {
        var keycloak = new StaffTokenConverter(
                new TokenClaimsProperties("tenant", "organization", "realm_access.roles", "department", "preferred_username"), platform);
        StaffPrincipal s = ((StaffAuthentication) keycloak.convert(jwt(c -> {
            c.put("preferred_username", "alice.wang");
            c.put("organization", Map.of("acme", Map.of("id", "42")));
            c.put("realm_access", Map.of("roles", List.of("TENANT_ADMIN", "offline_access")));
        }))).staff();
        assertThat(s.tenant()).isEqualTo("acme");
        assertThat(s.roles()).containsExactly(Role.TENANT_ADMIN);
        assertThat(s.userId()).isEqualTo("alice.wang");
        assertThatThrownBy(() -> keycloak.convert(jwt(c -> c.put("organization", List.of("acme")))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("preferred_username");
        assertThatThrownBy(() -> keycloak.convert(jwt(c -> {
            c.put("tenant", "acme");
            c.put("organization", List.of("globex"));
        }))).isInstanceOf(InvalidBearerTokenException.class);
    }
}
