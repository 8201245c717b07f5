package com.complaints.core.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import com.complaints.core.tenancy.PlatformTenant;
import com.complaints.core.tenancy.TenantSlug;

/**
 * Turns a validated JWT into a {@link StaffAuthentication}. A token must name exactly one tenant; the
 * PLATFORM_OPERATOR role counts only in the platform tenant and the staff roles only outside it.
 */
class StaffTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final TokenClaimsProperties claims;
    private final PlatformTenant platformTenant;

    StaffTokenConverter(TokenClaimsProperties claims, PlatformTenant platformTenant) {
        this.claims = claims;
        this.platformTenant = platformTenant;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String tenant = tenantOf(jwt);
        String userId = claim(jwt, claims.userClaim()) instanceof String s ? s.strip() : null;
        if (userId == null || userId.isBlank() || userId.length() > 100) {
            throw new InvalidBearerTokenException("the token has no usable user claim (" + claims.userClaim() + ")");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        strings(claim(jwt, claims.rolesClaim())).forEach(r -> Role.parse(r).ifPresent(roles::add));
        if (platformTenant.is(tenant)) {
            roles.retainAll(EnumSet.of(Role.PLATFORM_OPERATOR));
        } else {
            roles.remove(Role.PLATFORM_OPERATOR);
        }
        List<String> departments = strings(claim(jwt, claims.departmentClaim()));
        StaffPrincipal staff = new StaffPrincipal(tenant, userId, roles, departments);
        var authorities = roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return new StaffAuthentication(jwt, authorities, staff);
    }

    private String tenantOf(Jwt jwt) {
        Set<String> tenants = new LinkedHashSet<>(strings(jwt.getClaims().get(claims.tenantClaim())));
        if (claims.organizationClaim() != null) {
            tenants.addAll(strings(jwt.getClaims().get(claims.organizationClaim())));
        }
        if (tenants.size() != 1) {
            throw new InvalidBearerTokenException(tenants.isEmpty()
                    ? "the token names no tenant" : "the token names more than one tenant");
        }
        String tenant = tenants.iterator().next();
        if (!TenantSlug.isValid(tenant)) {
            throw new InvalidBearerTokenException("the token's tenant is not a valid tenant slug");
        }
        return tenant;
    }

    private static Object claim(Jwt jwt, String path) {
        Object value = jwt.getClaims();
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    /** A claim as strings: a string (comma-separated allowed), a list of strings, or an object's keys. */
    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        switch (value) {
            case null -> {
            }
            case String s -> Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).forEach(out::add);
            case Collection<?> c -> c.forEach(item -> Optional.ofNullable(item).map(Object::toString).map(String::strip)
                    .filter(x -> !x.isEmpty()).ifPresent(out::add));
            case Map<?, ?> m -> m.keySet().forEach(k -> out.add(k.toString()));
            default -> out.add(value.toString());
        }
        return out;
    }
}
