package com.complaints.core.search;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.complaints.core.persistence.SearchOutboxQueue;
import com.complaints.core.complaint.ComplaintEvent;
import com.complaints.core.persistence.SearchVersions;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.shared.ListenerOrder;
import com.complaints.core.timeline.TimelineRecord;

/**
 * Every case change (every timeline event) counts the case's change version up, in the change's transaction; with an
 * Elasticsearch index configured it also queues the case in the search outbox, which the relay drains.
 */
@Component
class SearchChangeTracker {

    private final SearchVersions versions;
    private final SearchOutboxQueue outbox;
    private final TenantContext tenantContext;
    private final boolean indexed;

    SearchChangeTracker(SearchVersions versions, SearchOutboxQueue outbox, TenantContext tenantContext,
                        @Value("${complaints.search.elasticsearch.uris:}") String uris) {
        this.versions = versions;
        this.outbox = outbox;
        this.tenantContext = tenantContext;
        this.indexed = !uris.isBlank();
    }

    @EventListener
    @Order(ListenerOrder.SEARCH_OUTBOX)
    void on(TimelineRecord recorded) {
        if (!(recorded instanceof ComplaintEvent.Received)) {
            // a new case's insert already wrote version 1 for its Received event
            versions.bump(recorded.complaintId());
        }
        if (indexed) {
            outbox.add(tenantContext.require(), recorded.complaintId());
        }
    }
}
