package com.complaints.server.support;

import com.complaints.testsupport.TestElasticsearch;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server on PostgreSQL with the case index on a real Elasticsearch node, reached through a {@link TcpProxy} that
 * tests can cut to simulate an outage. Each test run has its own index alias.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaints.security.dev-token.enabled=true",
        "complaints.demo.enabled=false",
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=",
        "complaints.timers.poll-interval=100ms",
        "complaints.search.index.relay-interval=100ms",
        "complaints.search.index.relay-max-backoff=1s",
        "complaints.search.elasticsearch.socket-timeout=3s"
})
@ActiveProfiles("postgres")
public abstract class ElasticsearchServerIntegrationTest extends ApiIntegrationTest {

    /** The proxy in front of the test node. */
    protected static final TcpProxy ELASTICSEARCH = new TcpProxy(TestElasticsearch.url());

    /** This run's index alias. */
    protected static final String ALIAS = "complaints-it-" + ProcessHandle.current().pid();

    static {
        // this run's indices go when the test JVM ends (by name: wildcard deletes are refused by default)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                var http = java.net.http.HttpClient.newHttpClient();
                String names = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        TestElasticsearch.url() + "/_cat/indices/" + ALIAS + "-*?h=index")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body().strip().replace("\n", ",");
                if (!names.isEmpty()) {
                    http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(TestElasticsearch.url() + "/" + names))
                            .DELETE().build(), java.net.http.HttpResponse.BodyHandlers.discarding());
                }
            } catch (Exception ignored) {
                // the node is gone already
            }
        }));
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ServerIntegrationTest.postgresAndRedis(registry);
        PluginDirectory.register(registry, PluginDirectory.builtIn());
        registry.add("complaints.search.elasticsearch.uris", ELASTICSEARCH::url);
        registry.add("complaints.search.index.alias", () -> ALIAS);
    }
}
