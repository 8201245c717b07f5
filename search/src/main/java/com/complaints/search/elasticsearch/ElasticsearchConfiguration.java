package com.complaints.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Elasticsearch client, when {@code complaints.search.elasticsearch.uris} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ElasticsearchProperties.class)
@ConditionalOnExpression("!'${complaints.search.elasticsearch.uris:}'.isBlank()")
class ElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    ElasticsearchClient elasticsearchClient(ElasticsearchProperties properties) {
        return ElasticsearchClients.create(properties);
    }

    @Bean
    ElasticsearchClusterHealth elasticsearchHealthIndicator(ElasticsearchClient client) {
        return new ElasticsearchClusterHealth(client);
    }
}
