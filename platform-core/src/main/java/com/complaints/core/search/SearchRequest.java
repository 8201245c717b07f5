package com.complaints.core.search;

/**
 * A search of the bound tenant's cases.
 *
 * @param q           full text, Chinese and/or English; null or blank: everything that passes the filters
 * @param sort        relevance (with q), newest or oldest first
 * @param size        hits per page (1-100)
 * @param searchAfter the cursor of the previous page, or null
 */
public record SearchRequest(String q, SearchFilters filters, Sort sort, int size, String searchAfter) {

    public enum Sort {
        RELEVANCE,
        NEWEST,
        OLDEST
    }
}
