package com.complaints.core.search;

import java.util.List;

import com.complaints.core.complaint.ComplaintAccess.Visibility;

/**
 * The search index of cases (the port). Two adapters: the database (embedded default) and Elasticsearch. Every
 * call works in the bound tenant; search also honours what the caller may see.
 */
public interface CaseIndex {

    SearchResult search(SearchRequest request, Visibility visibility);

    /** Counts per interval (tenant time zone) and dimension value, over all of the tenant's cases. */
    List<Histogram.Bucket> histogram(Histogram request);

    /**
     * The cases passing the filters that share any of these index terms, best first: each shared term scores the
     * weight of the best field it is in ({@link SearchField}), then newest first. The candidates of similar cases.
     */
    List<SearchResult.Hit> sharingAny(List<String> terms, SearchFilters filters, Visibility visibility, int limit);

    /** The texts of up to {@code limit} most recent cases (receivedAt, then id) passing the filters, for term analysis. */
    List<String> texts(SearchFilters filters, int limit);
}
