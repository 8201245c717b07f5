package com.complaints.admin.search;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.search.SearchVocabularies;
import com.complaints.core.text.SearchVocabulary;
import com.complaints.core.security.CurrentStaff;
import com.complaints.core.web.ETags;

/**
 * {@code /api/v1/admin/search-vocabulary} (TENANT_ADMIN): the tenant's own words for the Chinese segmenter and its
 * synonym groups (ETag = revision, 0 for the defaults); {@code /defaults}: the platform's defaults, to start over from.
 * A change of the words queues every case of the tenant for indexing again; synonyms apply to the next query.
 */
@RestController
class SearchVocabularyAdminController {

    private final SearchVocabularies vocabularies;
    private final CurrentStaff currentStaff;

    SearchVocabularyAdminController(SearchVocabularies vocabularies, CurrentStaff currentStaff) {
        this.vocabularies = vocabularies;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/api/v1/admin/search-vocabulary")
    ResponseEntity<SearchVocabulary> vocabulary() {
        SearchVocabulary current = vocabularies.vocabulary();
        return ResponseEntity.ok().eTag(ETags.of(current.revision())).body(current);
    }

    @GetMapping("/api/v1/admin/search-vocabulary/defaults")
    SearchVocabulary defaults() {
        return vocabularies.defaults();
    }

    @PutMapping("/api/v1/admin/search-vocabulary")
    ResponseEntity<SearchVocabulary> replace(@RequestBody VocabularyEdit body,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        SearchVocabulary saved = vocabularies.replace(new SearchVocabulary(0, body.words(), body.synonyms()),
                currentStaff.get().userId(), ETags.expectedVersion(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(saved.revision())).body(saved);
    }

    /** A whole new vocabulary: the words and the synonym groups. */
    record VocabularyEdit(java.util.List<String> words, java.util.List<SearchVocabulary.SynonymGroup> synonyms) {
    }
}
