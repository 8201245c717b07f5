package com.complaints.core.security;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.complaints.core.tenancy.PlatformTenant;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.core.tenancy.TenantStatus;
import com.complaints.core.tenancy.TenantView;
import com.complaints.core.web.ProblemResponses;
import com.complaints.core.web.ProblemMessages;

/**
 * Binds the request's tenant: from the token for staff, from the path for the public pages. Unknown tenants
 * on public pages answer 404; suspended tenants answer 403 with a problem that says so.
 */
class TenantBindingFilter extends OncePerRequestFilter {

    private static final Pattern PUBLIC_PATH = Pattern.compile("^/(?:public|channels)/([^/]+)(/.*)?$");

    private final TenantContext tenantContext;
    private final TenantDirectory directory;
    private final PlatformTenant platformTenant;
    private final ProblemResponses responses;
    private final ProblemMessages problems;

    TenantBindingFilter(TenantContext tenantContext, TenantDirectory directory, PlatformTenant platformTenant,
                        ProblemResponses responses, ProblemMessages problems) {
        this.tenantContext = tenantContext;
        this.directory = directory;
        this.platformTenant = platformTenant;
        this.responses = responses;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> tenant = tenantOf(request);
        if (tenant.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        boolean publicPage = isPublic(request);
        if (!platformTenant.is(tenant.get())) {
            Optional<TenantView> known = directory.find(tenant.get());
            if (known.isEmpty()) {
                responses.write(request, response, publicPage
                        ? problems.notFound("page")
                        : problems.problem(HttpStatus.FORBIDDEN, "unknown-tenant"));
                return;
            }
            request.setAttribute(ProblemMessages.TENANT_ATTRIBUTE, known.get());
            if (known.get().status() != TenantStatus.ACTIVE) {
                // bound first, so that a request without Accept-Language reads it in the tenant's language
                try (TenantContext.Scope ignored = tenantContext.bind(tenant.get())) {
                    responses.write(request, response, problems.problem(HttpStatus.FORBIDDEN, "tenant-suspended"));
                }
                return;
            }
        }
        try (TenantContext.Scope ignored = tenantContext.bind(tenant.get())) {
            chain.doFilter(request, response);
        }
    }

    private Optional<String> tenantOf(HttpServletRequest request) {
        if (isPublic(request)) {
            Matcher m = PUBLIC_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
            return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof StaffAuthentication staff) {
            return Optional.of(staff.staff().tenant());
        }
        return Optional.empty();
    }

    private static boolean isPublic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/public/") || path.startsWith("/channels/");
    }
}
