package com.complaints.core.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.beans.factory.annotation.Value;

import com.complaints.core.tenancy.PlatformTenant;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.core.web.ProblemMessages;
import com.complaints.core.web.ProblemResponses;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(TokenClaimsProperties.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, TokenClaimsProperties claims, PlatformTenant platformTenant,
                                    TenantContext tenantContext, TenantDirectory directory, ProblemResponses problems,
                                    ProblemMessages messages,
                                    @Value("${management.server.port:-1}") int managementPort,
                                    @Value("${server.port:8080}") int serverPort) {
        StaffTokenConverter converter = new StaffTokenConverter(claims, platformTenant);
        TenantBindingFilter tenantBinding = new TenantBindingFilter(tenantContext, directory, platformTenant, problems, messages);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        // the async dispatch of a request already authorised (the live event stream)
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        // the web console's files: the application in them signs in and calls the API with a token
                        .requestMatchers(HttpMethod.GET, "/", "/console", "/console/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/public/**", "/channels/**", "/dev/token", "/error").permitAll()
                        // a management port of its own (Kubernetes, the local cluster) is reached by the probes and
                        // Prometheus only: the network keeps others out (the chart's NetworkPolicy), not a token
                        .requestMatchers(managementPortOnly(managementPort, serverPort)).permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.PLATFORM_OPERATOR.name())
                        .requestMatchers("/api/v1/platform/**").hasRole(Role.PLATFORM_OPERATOR.name())
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.TENANT_ADMIN.name())
                        .requestMatchers("/api/v1/**").hasRole(Role.AGENT.name())
                        .anyRequest().denyAll())
                .oauth2ResourceServer(o -> o
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterAfter(tenantBinding, BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /** Requests that arrived on the management port, when it differs from the application's (never otherwise). */
    private static RequestMatcher managementPortOnly(int managementPort, int serverPort) {
        return request -> managementPort > 0 && managementPort != serverPort && request.getLocalPort() == managementPort;
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.TENANT_ADMIN.name()).implies(Role.SUPERVISOR.name())
                .role(Role.SUPERVISOR.name()).implies(Role.AGENT.name())
                .build();
    }
}
