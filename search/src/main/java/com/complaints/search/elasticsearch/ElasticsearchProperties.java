package com.complaints.search.elasticsearch;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Elasticsearch cluster is. Unset {@code uris} means the embedded default: no Elasticsearch, search
 * served from the database.
 *
 * @param uris           cluster node URLs, e.g. {@code http://127.0.0.1:9200}
 * @param connectTimeout connection timeout
 * @param socketTimeout  read timeout
 */
@ConfigurationProperties("complaints.search.elasticsearch")
public record ElasticsearchProperties(List<String> uris, Duration connectTimeout, Duration socketTimeout) {

    public ElasticsearchProperties {
        uris = uris == null ? List.of() : List.copyOf(uris);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        socketTimeout = socketTimeout == null ? Duration.ofSeconds(10) : socketTimeout;
    }
}
