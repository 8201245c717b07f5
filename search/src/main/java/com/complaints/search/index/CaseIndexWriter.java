package com.complaints.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

import com.complaints.core.complaint.CaseFacts;
import com.complaints.core.search.SearchVocabularies;

/**
 * Writes case documents in bulk with {@code version_type=external_gte} and the case's change version: a retried or
 * out-of-order write of an older state is refused by Elasticsearch (409) and counts as done, while the same state
 * analysed again (the tenant changed its dictionary) replaces the document.
 */
public class CaseIndexWriter {

    private final ElasticsearchClient client;
    private final SearchVocabularies vocabularies;

    public CaseIndexWriter(ElasticsearchClient client, SearchVocabularies vocabularies) {
        this.client = client;
        this.vocabularies = vocabularies;
    }

    /** Indexes into {@code index} (an index or the alias); throws when any document failed for another reason than its version. */
    public void write(String index, List<CaseFacts> facts) throws IOException {
        write(index, facts, new HashMap<>());
    }

    /**
     * As {@link #write(String, List)}, with the analyses of (some of) the facts' tenants already read (the relay reads
     * them in the transaction that reads the facts); the others are read here.
     */
    public void write(String index, List<CaseFacts> facts, Map<String, SearchVocabularies.Current> analyses) throws IOException {
        if (facts.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (CaseFacts f : facts) {
            SearchVocabularies.Current a = analyses.computeIfAbsent(f.tenantId(), vocabularies::currentOf);
            Map<String, Object> document = CaseDocuments.of(f, a.analysis(), a.revision());
            bulk.operations(op -> op.index(i -> i.index(index).id(f.id().toString()).routing(f.tenantId())
                    .version(f.changeVersion()).versionType(VersionType.ExternalGte).document(document)));
        }
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            List<String> failures = new ArrayList<>();
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null && item.status() != 409) {
                    failures.add(item.id() + ": " + item.error().type() + " " + item.error().reason());
                }
            }
            if (!failures.isEmpty()) {
                throw new IOException("bulk indexing failed for " + failures.size() + " document(s), e.g. " + failures.getFirst());
            }
        }
    }
}
