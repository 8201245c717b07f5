package com.complaints.core.security.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import com.complaints.core.shared.BackendUnavailableException;
import com.complaints.core.shared.ConflictException;
import com.sun.net.httpserver.HttpServer;

class KeycloakOrganizationsUnitTest {

    private static KeycloakOrganizations at(int port) {
        return new KeycloakOrganizations(new KeycloakProperties(URI.create("http://127.0.0.1:" + port), null, null, "s",
                Duration.ofSeconds(2)), Clock.systemUTC());
    }

    /** A stand-in of Keycloak's token and organizations endpoints: the created status, then the listed aliases. */
    private static HttpServer keycloak(int createStatus, String organizations, List<String> calls) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            String path = exchange.getRequestURI().getPath();
            int status;
            String body;
            if (path.endsWith("/token")) {
                status = 200;
                body = "{\"access_token\":\"t\",\"expires_in\":300}";
            } else if (exchange.getRequestMethod().equals("POST")) {
                status = createStatus;
                body = "";
            } else {
                status = 200;
                body = organizations;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void createsTheOrganizationOfTheSlugsAliasWithTheServiceAccountsToken() throws IOException {
        List<String> calls = new CopyOnWriteArrayList<>();
        HttpServer server = keycloak(201, "[]", calls);
        try {
            at(server.getAddress().getPort()).ensure("acme", "Acme");
            assertThat(calls).containsExactly("POST /realms/complaints/protocol/openid-connect/token",
                    "POST /admin/realms/complaints/organizations");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void linksAnExistingOrganizationOfThatAliasAndRefusesANameTakenByAnother() throws IOException {
        List<String> calls = new CopyOnWriteArrayList<>();
        HttpServer server = keycloak(409, "[{\"alias\":\"acme\",\"name\":\"Acme\"}]", calls);
        try {
            at(server.getAddress().getPort()).ensure("acme", "Acme");
            assertThatThrownBy(() -> at(server.getAddress().getPort()).ensure("globex", "Acme"))
                    .isInstanceOf(ConflictException.class)
                    .extracting(e -> ((ConflictException) e).code()).isEqualTo("identity-organization-conflict");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anUnreachableOrRefusingKeycloakIsAnUnavailableBackend() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThatThrownBy(() -> at(closed).ensure("acme", "Acme")).isInstanceOf(BackendUnavailableException.class)
                .extracting(e -> ((BackendUnavailableException) e).code()).isEqualTo("identity-unavailable");
        HttpServer server = keycloak(403, "[]", new CopyOnWriteArrayList<>());
        try {
            assertThatThrownBy(() -> at(server.getAddress().getPort()).ensure("acme", "Acme"))
                    .isInstanceOf(BackendUnavailableException.class);
        } finally {
            server.stop(0);
        }
    }
}
