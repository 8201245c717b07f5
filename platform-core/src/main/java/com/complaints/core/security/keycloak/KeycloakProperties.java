package com.complaints.core.security.keycloak;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the platform provisions tenants as Keycloak organizations.
 *
 * @param url          Keycloak's base URL as the platform reaches it (e.g. {@code http://keycloak:8080}); unset = no
 *                     provisioning
 * @param realm        the platform's realm ({@code complaints})
 * @param clientId     the confidential client whose service account may manage organizations
 *                     ({@code complaint-provisioner}: realm-management {@code manage-realm}, {@code view-realm})
 * @param clientSecret that client's secret
 * @param timeout      connect and read timeout of each call
 */
@ConfigurationProperties("complaints.identity.keycloak")
record KeycloakProperties(URI url, String realm, String clientId, String clientSecret, Duration timeout) {

    KeycloakProperties {
        realm = realm == null || realm.isBlank() ? "complaints" : realm.strip();
        clientId = clientId == null || clientId.isBlank() ? "complaint-provisioner" : clientId.strip();
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }
}
