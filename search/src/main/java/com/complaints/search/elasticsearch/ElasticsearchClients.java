package com.complaints.search.elasticsearch;

import java.net.URI;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds clients from {@link ElasticsearchProperties}: the REST 5 transport with the configured connect and
 * response timeouts, and Jackson 3 (the platform's JSON library) for documents.
 */
public final class ElasticsearchClients {

    private ElasticsearchClients() {
    }

    public static ElasticsearchClient create(ElasticsearchProperties properties) {
        if (properties.uris().isEmpty()) {
            throw new IllegalArgumentException("complaints.search.elasticsearch.uris is empty");
        }
        Rest5Client rest = Rest5Client.builder(properties.uris().stream().map(u -> URI.create(u.strip())).toList())
                .setRequestConfigCallback(config -> config
                        .setConnectionRequestTimeout(Timeout.of(properties.connectTimeout()))
                        .setResponseTimeout(Timeout.of(properties.socketTimeout())))
                .setConnectionConfigCallback(config -> config
                        .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                        .setSocketTimeout(Timeout.of(properties.socketTimeout())))
                .build();
        return new ElasticsearchClient(new Rest5ClientTransport(rest, new Jackson3JsonpMapper()));
    }
}
