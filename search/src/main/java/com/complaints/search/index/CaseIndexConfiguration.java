package com.complaints.search.index;

import java.time.Clock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.complaints.core.complaint.CaseFactsReader;
import com.complaints.core.persistence.SearchOutboxQueue;
import com.complaints.core.persistence.SearchVersions;
import com.complaints.core.search.CaseIndex;
import com.complaints.core.search.SearchVocabularies;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;

/** The case index on Elasticsearch, when {@code complaints.search.elasticsearch.uris} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseIndexProperties.class)
@ConditionalOnExpression("!'${complaints.search.elasticsearch.uris:}'.isBlank()")
class CaseIndexConfiguration {

    @Bean
    IndexAliases indexAliases(ElasticsearchClient client, CaseIndexProperties properties, Clock clock) {
        IndexAliases aliases = new IndexAliases(client, properties, clock);
        try {
            aliases.ensureAlias();
        } catch (RuntimeException e) {
            // Elasticsearch may be down at start-up: intake goes on, the relay sets the alias up when it is back
            org.slf4j.LoggerFactory.getLogger(CaseIndexConfiguration.class)
                    .warn("the case index could not be checked at start-up: {}", e.getMessage());
        }
        return aliases;
    }

    @Bean
    TenantScopedQueries tenantScopedQueries(ElasticsearchClient client, IndexAliases aliases, TenantContext tenantContext) {
        return new TenantScopedQueries(client, aliases, tenantContext);
    }

    @Bean
    CaseIndexWriter caseIndexWriter(ElasticsearchClient client, SearchVocabularies vocabularies) {
        return new CaseIndexWriter(client, vocabularies);
    }

    @Bean
    CaseIndex elasticsearchCaseIndex(TenantScopedQueries queries, SearchVocabularies vocabularies) {
        return new ElasticsearchCaseIndex(queries, vocabularies);
    }

    /** An index made with an older mapping is rebuilt (in the background) once the application is ready. */
    @Bean
    org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationReadyEvent> outdatedIndexUpgrade(
            IndexAliases aliases, SearchReindexer reindexer) {
        return event -> {
            try {
                if (aliases.outdated()) {
                    org.slf4j.LoggerFactory.getLogger(CaseIndexConfiguration.class).warn(
                            "the case index behind alias {} has an older mapping than version {}: reindexing", aliases.alias(),
                            CaseIndexMapping.VERSION);
                    reindexer.start();
                }
            } catch (java.io.IOException | RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(CaseIndexConfiguration.class)
                        .warn("the case index mapping could not be checked: {}", e.getMessage());
            }
        };
    }

    @Bean
    SearchRelay searchRelay(SearchOutboxQueue outbox, CaseFactsReader reader, SearchVocabularies vocabularies,
                            CaseIndexWriter writer, IndexAliases aliases, TenantContext tenantContext,
                            CaseIndexProperties properties, PlatformTransactionManager transactions, MeterRegistry meters,
                            Clock clock, @Value("${complaints.background-work:true}")
                            boolean backgroundWork) {
        return new SearchRelay(outbox, reader, vocabularies, writer, aliases, tenantContext, properties, transactions,
                meters, clock, backgroundWork);
    }

    @Bean
    SearchReindexer searchReindexer(IndexAliases aliases, CaseIndexWriter writer, CaseFactsReader reader,
                                    SearchVersions versions, TenantDirectory tenants, TenantContext tenantContext,
                                    PlatformTransactionManager transactions, Clock clock) {
        return new SearchReindexer(aliases, writer, reader, versions, tenants, tenantContext, transactions, clock);
    }
}
