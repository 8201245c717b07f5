package com.complaints.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import com.complaints.testsupport.TestElasticsearch;

/** The client and the health indicator against a real Elasticsearch node. */
class ElasticsearchClusterHealthIT {

    private static ElasticsearchClient client;

    @BeforeAll
    static void connect() {
        client = ElasticsearchClients.create(new ElasticsearchProperties(java.util.List.of(TestElasticsearch.url()), null, null));
    }

    @AfterAll
    static void close() throws Exception {
        client.close();
    }

    @Test
    void reportsTheClusterUpWithItsDetails() {
        Health health = new ElasticsearchClusterHealth(client).health(true);
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsKeys("cluster", "status", "nodes");
        assertThat(health.getDetails().get("status")).isIn("green", "yellow");
    }

    @Test
    void reportsDownWhenTheClusterIsUnreachable() throws Exception {
        try (ElasticsearchClient nowhere = ElasticsearchClients.create(new ElasticsearchProperties(
                java.util.List.of("http://127.0.0.1:1"), null, null))) {
            assertThat(new ElasticsearchClusterHealth(nowhere).health(true).getStatus()).isEqualTo(Status.DOWN);
        }
    }

    @Test
    void roundTripsDocumentsWithChineseText() throws Exception {
        String index = "it-roundtrip-" + UUID.randomUUID();
        try {
            client.index(i -> i.index(index).id("1").document(Map.of("text", "电热水壶漏电")).refresh(
                    co.elastic.clients.elasticsearch._types.Refresh.True));
            var found = client.get(g -> g.index(index).id("1"), Map.class);
            assertThat(found.found()).isTrue();
            assertThat(found.source()).containsEntry("text", "电热水壶漏电");
        } finally {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        }
    }
}
