package com.complaints.core.search;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.complaint.ComplaintAccess;
import com.complaints.core.security.CurrentStaff;
import com.complaints.core.shared.InvalidInputException;

/**
 * {@code GET /api/v1/search/complaints} (AGENT+): full text in Chinese and English, filters, facet counts per
 * filter dimension, highlights, and deep paging with {@code searchAfter}. An agent finds only the cases the
 * lifecycle API shows them.
 */
@RestController
class SearchController {

    private final CaseIndex index;
    private final ComplaintAccess access;
    private final CurrentStaff currentStaff;

    SearchController(CaseIndex index, ComplaintAccess access, CurrentStaff currentStaff) {
        this.index = index;
        this.access = access;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/api/v1/search/complaints")
    SearchResult search(@RequestParam(required = false) String q,
                        @RequestParam(required = false) List<String> status,
                        @RequestParam(required = false) List<String> category,
                        @RequestParam(required = false) List<String> channel,
                        @RequestParam(required = false) List<String> department,
                        @RequestParam(required = false) List<String> region,
                        @RequestParam(required = false) List<String> product,
                        @RequestParam(required = false) List<String> urgency,
                        @RequestParam(required = false) Boolean breached,
                        @RequestParam(required = false) Instant receivedFrom,
                        @RequestParam(required = false) Instant receivedTo,
                        @RequestParam(required = false) List<Integer> satisfaction,
                        @RequestParam(required = false, defaultValue = "relevance") String sort,
                        @RequestParam(required = false, defaultValue = "20") int size,
                        @RequestParam(required = false) String searchAfter) {
        if (size < 1 || size > 100) {
            throw new InvalidInputException("size", "range", 1, 100);
        }
        if (q != null && q.length() > 500) {
            throw new InvalidInputException("q", "max-length", 500);
        }
        SearchRequest.Sort order = switch (sort) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "newest" -> SearchRequest.Sort.NEWEST;
            case "oldest" -> SearchRequest.Sort.OLDEST;
            default -> throw new InvalidInputException("sort", "one-of", "relevance, newest, oldest");
        };
        if (order == SearchRequest.Sort.RELEVANCE && (q == null || q.isBlank())) {
            order = SearchRequest.Sort.NEWEST;
        }
        var filters = new SearchFilters(status, category, channel, department, region, product, urgency, breached,
                receivedFrom, receivedTo, satisfaction);
        return index.search(new SearchRequest(q, filters, order, size, searchAfter), access.visibility(currentStaff.get()));
    }
}
