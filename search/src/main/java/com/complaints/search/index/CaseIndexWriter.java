package com.complaints.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

import com.complaints.core.complaint.CaseFacts;

/**
 * Writes case documents in bulk with {@code version_type=external} and the case's change version: a retried or
 * out-of-order write of an older state is refused by Elasticsearch (409) and counts as done.
 */
public class CaseIndexWriter {

    private final ElasticsearchClient client;

    public CaseIndexWriter(ElasticsearchClient client) {
        this.client = client;
    }

    /** Indexes into {@code index} (an index or the alias); throws when any document failed for another reason than its version. */
    public void write(String index, List<CaseFacts> facts) throws IOException {
        if (facts.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (CaseFacts f : facts) {
            bulk.operations(op -> op.index(i -> i.index(index).id(f.id().toString()).routing(f.tenantId())
                    .version(f.changeVersion()).versionType(VersionType.External).document(CaseDocuments.of(f))));
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
