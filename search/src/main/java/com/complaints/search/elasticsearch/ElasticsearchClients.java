package com.complaints.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/** Builds clients from {@link ElasticsearchProperties}. */
public final class ElasticsearchClients {

    private ElasticsearchClients() {
    }

    public static ElasticsearchClient create(ElasticsearchProperties properties) {
        if (properties.uris().isEmpty()) {
            throw new IllegalArgumentException("complaints.search.elasticsearch.uris is empty");
        }
        return ElasticsearchClient.of(b -> b
                .hosts(properties.uris().stream().map(ElasticsearchConfiguration::uri).toList())
                .transportOptions(o -> o.setParameter("timeout", properties.socketTimeout().toMillis() + "ms")));
    }
}
