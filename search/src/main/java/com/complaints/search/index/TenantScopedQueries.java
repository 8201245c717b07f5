package com.complaints.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import com.complaints.core.shared.BackendUnavailableException;
import com.complaints.core.tenancy.TenantContext;

/**
 * The only way a query reaches the case index (an architecture test keeps every other class from calling
 * {@code search}): it takes the bound tenant, routes to its shard and wraps the caller's query in a filter on
 * {@code tenant_id}, whatever the caller built — so no text, filter or aggregation can count another tenant's
 * documents.
 */
public class TenantScopedQueries {

    private final ElasticsearchClient client;
    private final IndexAliases aliases;
    private final TenantContext tenantContext;

    public TenantScopedQueries(ElasticsearchClient client, IndexAliases aliases, TenantContext tenantContext) {
        this.client = client;
        this.aliases = aliases;
        this.tenantContext = tenantContext;
    }

    /**
     * Runs a search in the bound tenant.
     *
     * @param query   the caller's query (may be null: all the tenant's documents)
     * @param request everything else: size, sort, post filter, aggregations, highlight, search_after
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public SearchResponse<Map> search(Query query, UnaryOperator<SearchRequest.Builder> request) {
        String tenant = tenantContext.require();
        List<Query> must = new ArrayList<>();
        if (query != null) {
            must.add(query);
        }
        Query scoped = Query.of(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("tenant_id").value(tenant))).must(must)));
        // the caller's settings first, then index, routing and the scoped query, which nothing can override
        SearchRequest.Builder builder = request.apply(new SearchRequest.Builder())
                .index(aliases.alias()).routing(tenant).query(scoped);
        try {
            return client.search(builder.build(), Map.class);
        } catch (IOException e) {
            throw new BackendUnavailableException("search-unavailable", e);
        }
    }
}
