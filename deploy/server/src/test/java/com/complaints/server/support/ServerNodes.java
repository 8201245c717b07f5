package com.complaints.server.support;

import com.complaints.testsupport.TestRedis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import com.complaints.ComplaintPlatformApplication;

/**
 * Several server nodes in one test, sharing one PostgreSQL database and one Redis index, each on its own port
 * ({@code postgres} profile, development issuer on). Close it to stop them all.
 */
public final class ServerNodes implements AutoCloseable {

    private final TestPostgres.Database db;
    private final String redisKey;
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    public ServerNodes(TestPostgres.Database db, String redisKey) {
        this.db = db;
        this.redisKey = redisKey;
    }

    /**
     * Starts a node.
     *
     * @param extra     more properties (they outrank the configuration files)
     * @param customize registers test beans before the context refreshes
     */
    public ConfigurableApplicationContext start(Map<String, String> extra, Consumer<GenericApplicationContext> customize) {
        return start(new String[] {"postgres"}, extra, customize);
    }

    /** Starts a node with these profiles ({@code postgres} and, say, {@code keycloak}). */
    public ConfigurableApplicationContext start(String[] profiles, Map<String, String> extra,
                                                Consumer<GenericApplicationContext> customize) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", db.jdbcUrl());
        properties.put("spring.datasource.username", TestPostgres.APP);
        properties.put("spring.datasource.password", TestPostgres.APP_PASSWORD);
        properties.put("spring.flyway.user", TestPostgres.OWNER);
        properties.put("spring.flyway.password", TestPostgres.OWNER_PASSWORD);
        properties.put("spring.flyway.placeholders.app_role", TestPostgres.APP);
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", "");
        properties.put("complaints.security.dev-token.enabled", "true");
        properties.put("complaints.demo.enabled", "false");
        // the nodes share the database with the other test servers: one platform key, or their tenants' keys cannot be unwrapped
        properties.put("complaints.secrets.key", PluginDirectory.SECRETS_KEY);
        properties.put("complaints.timers.redis.address", TestRedis.url());
        properties.put("complaints.timers.redis-key", redisKey);
        properties.putAll(extra);
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ComplaintPlatformApplication.class)
                .profiles(profiles)
                .initializers(ctx -> customize.accept((GenericApplicationContext) ctx))
                .run(args);
        nodes.add(context);
        return context;
    }

    public static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    @Override
    public void close() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }
}
