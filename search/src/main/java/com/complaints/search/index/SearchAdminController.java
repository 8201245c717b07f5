package com.complaints.search.index;

import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.shared.NotFoundException;

/**
 * {@code /api/v1/platform/search} (PLATFORM_OPERATOR): start a full reindex into a new index with an alias swap,
 * and follow its progress.
 */
@RestController
@RequestMapping("/api/v1/platform/search")
@ConditionalOnExpression("!'${complaints.search.elasticsearch.uris:}'.isBlank()")
class SearchAdminController {

    private final SearchReindexer reindexer;

    SearchAdminController(SearchReindexer reindexer) {
        this.reindexer = reindexer;
    }

    @PostMapping("/reindex")
    @ResponseStatus(HttpStatus.ACCEPTED)
    SearchReindexer.Progress reindex() {
        return reindexer.start();
    }

    @GetMapping("/reindex/{id}")
    SearchReindexer.Progress progress(@PathVariable UUID id) {
        return reindexer.progress(id).orElseThrow(() -> new NotFoundException("reindex"));
    }
}
