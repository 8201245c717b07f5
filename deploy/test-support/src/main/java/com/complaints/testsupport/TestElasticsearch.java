package com.complaints.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.testcontainers.elasticsearch.ElasticsearchContainer;

/**
 * A real Elasticsearch node for the integration tests: {@code COMPLAINTS_TEST_ES_URL} (default
 * {@code http://127.0.0.1:9200}, the node `deploy/local/services.sh` starts), else Testcontainers where a Docker
 * engine runs, else a failure that says how to provide one — never a skipped test.
 */
public final class TestElasticsearch {

    private TestElasticsearch() {
    }

    public static String url() {
        return Holder.URL;
    }

    private static final class Holder {
        private static final String URL = locate();
    }

    private static String locate() {
        String configured = System.getenv().getOrDefault("COMPLAINTS_TEST_ES_URL", "http://127.0.0.1:9200");
        if (healthy(configured)) {
            return configured;
        }
        if (Docker.available()) {
            ElasticsearchContainer container = new ElasticsearchContainer("docker.elastic.co/elasticsearch/elasticsearch:9.2.8")
                    .withEnv("xpack.security.enabled", "false")
                    .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
            container.start();
            return "http://" + container.getHttpHostAddress();
        }
        throw new IllegalStateException("""
                Elasticsearch is not reachable at %s.
                The integration tests need a real Elasticsearch 9 node. Provide one of:
                  - run the README's test command (deploy/test.sh), which starts a local node, or
                    start it yourself: deploy/local/services.sh start
                  - set COMPLAINTS_TEST_ES_URL to a node without security (plain HTTP)
                  - run on a machine with a Docker engine: Testcontainers then starts one""".formatted(configured));
    }

    private static boolean healthy(String url) {
        try {
            HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build().send(
                    HttpRequest.newBuilder(URI.create(url + "/_cluster/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }
}
