package com.complaints.core.tenancy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Without an identity provider that provisions organizations, tenants need nothing created outside the platform. */
@Configuration(proxyBeanMethods = false)
class TenantIdentitiesConfiguration {

    @Bean
    @ConditionalOnMissingBean(TenantIdentities.class)
    TenantIdentities selfIssuedTenantIdentities() {
        return new SelfIssuedTenantIdentities();
    }
}
