package com.complaints.server.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real Keycloak the tests sign in at ({@code deploy/local/services.sh} starts it with the realm of
 * {@code deploy/keycloak} imported): its URL, and the few admin calls the tests need to fit the realm to a server on a
 * random port. A Keycloak that cannot be reached fails the test with a message saying how to provide one.
 */
public final class TestKeycloak {

    public static final String REALM = "complaints";
    public static final String CONSOLE_CLIENT = "complaint-console";
    /** The development secrets of the realm file (its placeholders' defaults). */
    public static final String PROVISIONER_SECRET = "dev-provisioner-secret";
    public static final String DEMO_SERVICE_SECRET = "dev-demo-service-secret";
    public static final String DEMO_PASSWORD = "changeit";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestKeycloak() {
    }

    public static String url() {
        return System.getenv().getOrDefault("COMPLAINTS_TEST_KEYCLOAK_URL", "http://localhost:8180");
    }

    public static String issuer() {
        return url() + "/realms/" + REALM;
    }

    /** Fails with the way to provide Keycloak when the realm's discovery document cannot be read. */
    public static void requireRunning() {
        try {
            var answer = HTTP.send(HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration")).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() == 200) {
                return;
            }
        } catch (IOException e) {
            // below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("""
                Keycloak with the realm '%s' is not reachable at %s.
                The identity tests need a real Keycloak: run the README's test command (deploy/test.sh), or start it
                with deploy/local/services.sh start (Keycloak from Maven Central, port 8180), or point
                COMPLAINTS_TEST_KEYCLOAK_URL at one that imported deploy/keycloak/complaints-realm.json."""
                .formatted(REALM, url()));
    }

    /** A token of a realm's client by the client-credentials grant, or of the master realm's admin. */
    public static String clientToken(String realm, String clientId, String secret) {
        return token(realm, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    public static String masterAdminToken() {
        return token("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", System.getenv().getOrDefault("COMPLAINTS_TEST_KEYCLOAK_ADMIN", "admin"),
                "password", System.getenv().getOrDefault("COMPLAINTS_TEST_KEYCLOAK_ADMIN_PASSWORD", "admin")));
    }

    private static String token(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        JsonNode answer = send(HttpRequest.newBuilder(URI.create(url() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        return answer.get("access_token").asString();
    }

    /**
     * Lets the console client come back to a server on this port (exact redirect URIs after sign-in and sign-out, added
     * if missing) and gives its
     * access tokens this lifetime in seconds (0 = the realm's).
     */
    public static void fitConsoleClient(int port, int accessTokenSeconds) {
        String admin = masterAdminToken();
        String clients = url() + "/admin/realms/" + REALM + "/clients";
        ObjectNode client = (ObjectNode) clientsWithId(admin, CONSOLE_CLIENT).get(0);
        String redirect = "http://localhost:" + port + "/console/callback";
        ArrayNode redirects = (ArrayNode) client.get("redirectUris");
        if (redirects.valueStream().noneMatch(r -> r.asString().equals(redirect))) {
            redirects.add(redirect);
        }
        ObjectNode attributes = (ObjectNode) client.get("attributes");
        String back = "http://localhost:" + port + "/console/";
        String logoutRedirects = attributes.path("post.logout.redirect.uris").asString("");
        if (!java.util.Arrays.asList(logoutRedirects.split("##")).contains(back)) {
            attributes.put("post.logout.redirect.uris", logoutRedirects.isEmpty() ? back : logoutRedirects + "##" + back);
        }
        if (accessTokenSeconds > 0) {
            attributes.put("access.token.lifespan", Integer.toString(accessTokenSeconds));
        } else {
            attributes.remove("access.token.lifespan");
        }
        send(HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id").asString()))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))));
    }

    /**
     * A confidential client whose service account acts in {@code tenant} with {@code realmRole} (like the realm's
     * {@code demo-integrations}, with another role), made if missing. Remove it with {@link #deleteClient} when done.
     */
    public static void ensureServiceClient(String clientId, String secret, String tenant, String realmRole) {
        String admin = masterAdminToken();
        String realm = url() + "/admin/realms/" + REALM;
        if (clientsWithId(admin, clientId).isEmpty()) {
            Map<String, Object> client = Map.of("clientId", clientId, "secret", secret, "enabled", true,
                    "publicClient", false, "serviceAccountsEnabled", true, "standardFlowEnabled", false,
                    "directAccessGrantsEnabled", false, "protocol", "openid-connect",
                    "protocolMappers", java.util.List.of(
                            Map.of("name", "tenant", "protocol", "openid-connect",
                                    "protocolMapper", "oidc-hardcoded-claim-mapper",
                                    "config", Map.of("claim.name", "tenant", "claim.value", tenant, "jsonType.label", "String",
                                            "access.token.claim", "true", "introspection.token.claim", "true")),
                            Map.of("name", "complaint-platform audience", "protocol", "openid-connect",
                                    "protocolMapper", "oidc-audience-mapper",
                                    "config", Map.of("included.custom.audience", "complaint-platform",
                                            "access.token.claim", "true", "introspection.token.claim", "true"))));
            send(HttpRequest.newBuilder(URI.create(realm + "/clients")).header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))));
        }
        String id = clientsWithId(admin, clientId).get(0).get("id").asString();
        String user = send(HttpRequest.newBuilder(URI.create(realm + "/clients/" + id + "/service-account-user"))
                .header("Authorization", "Bearer " + admin)).get("id").asString();
        JsonNode role = send(HttpRequest.newBuilder(URI.create(realm + "/roles/" + realmRole))
                .header("Authorization", "Bearer " + admin));
        send(HttpRequest.newBuilder(URI.create(realm + "/users/" + user + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.List.of(role)))));
    }

    /** Removes a client made by {@link #ensureServiceClient}; nothing happens when it is not there. */
    public static void deleteClient(String clientId) {
        String admin = masterAdminToken();
        JsonNode found = clientsWithId(admin, clientId);
        if (!found.isEmpty()) {
            send(HttpRequest.newBuilder(URI.create(url() + "/admin/realms/" + REALM + "/clients/" + found.get(0).get("id").asString()))
                    .header("Authorization", "Bearer " + admin).DELETE());
        }
    }

    /** The realm's clients with that client id (none or one), as the admin API shows them. */
    private static JsonNode clientsWithId(String admin, String clientId) {
        return send(HttpRequest.newBuilder(URI.create(url() + "/admin/realms/" + REALM + "/clients?clientId=" + clientId))
                .header("Authorization", "Bearer " + admin));
    }

    /** The realm's organizations with that alias (none or one). */
    public static long organizationsWithAlias(String alias) {
        JsonNode page = send(HttpRequest.newBuilder(URI.create(url() + "/admin/realms/" + REALM
                        + "/organizations?briefRepresentation=true&max=1000"))
                .header("Authorization", "Bearer " + masterAdminToken()));
        return page.valueStream().filter(o -> alias.equals(o.get("alias").asString())).count();
    }

    private static JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException("Keycloak answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body().isBlank() ? JSON.nullNode() : JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + url() + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
