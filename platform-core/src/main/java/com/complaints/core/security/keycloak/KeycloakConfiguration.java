package com.complaints.core.security.keycloak;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.complaints.core.tenancy.TenantIdentities;

/** Tenants become Keycloak organizations when {@code complaints.identity.keycloak.url} is set (not blank). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeycloakProperties.class)
// set and not blank: the chart and compose file pass an empty value to switch provisioning off
@ConditionalOnExpression("!'${complaints.identity.keycloak.url:}'.isBlank()")
class KeycloakConfiguration {

    @Bean
    TenantIdentities keycloakOrganizations(KeycloakProperties properties, Clock clock) {
        if (properties.clientSecret() == null || properties.clientSecret().isBlank()) {
            throw new IllegalStateException("complaints.identity.keycloak.client-secret is required with "
                    + "complaints.identity.keycloak.url (the provisioning client's secret)");
        }
        return new KeycloakOrganizations(properties, clock);
    }
}
