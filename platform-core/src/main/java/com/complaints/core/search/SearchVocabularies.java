package com.complaints.core.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import com.complaints.core.audit.AdminAuditLog;
import com.complaints.core.persistence.SearchOutboxQueue;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.PreconditionFailedException;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.text.SearchVocabulary;
import com.complaints.core.text.TextAnalysis;

/**
 * The tenants' search vocabularies ({@code /api/v1/admin/search-vocabulary}) and the {@link TextAnalysis} each one
 * makes. Synonyms apply to queries, so an edit of them takes effect with the next search; the dictionary shapes the
 * index, so an edit of the words also queues every case of the tenant for indexing again (the database adapter
 * analyses with the current revision at once).
 */
@Service
@Transactional(readOnly = true)
public class SearchVocabularies {

    private static final Logger log = LoggerFactory.getLogger(SearchVocabularies.class);
    private static final Set<String> LANGUAGES = Set.of("zh", "en", "mixed");

    private final StoredVocabularyRepository stored;
    private final SearchOutboxQueue outbox;
    private final AdminAuditLog audit;
    private final TenantContext tenantContext;
    private final JsonMapper json;
    private final Clock clock;
    private final boolean indexed;
    private final TransactionTemplate readNew;
    private final SearchVocabulary defaults = SearchVocabulary.defaults();
    private final TextAnalysis defaultAnalysis = new TextAnalysis(defaults);
    /** Per tenant: the analysis of its latest revision seen on this node. */
    private final Map<String, Current> analyses = new ConcurrentHashMap<>();

    /** The stored JSON: the vocabulary without its revision (the row's version is). */
    private record StoredForm(List<String> words, List<SearchVocabulary.SynonymGroup> synonyms) {
    }

    SearchVocabularies(StoredVocabularyRepository stored, SearchOutboxQueue outbox, AdminAuditLog audit,
                       TenantContext tenantContext, JsonMapper json, Clock clock, PlatformTransactionManager transactions,
                       @Value("${complaints.search.elasticsearch.uris:}") String uris) {
        this.stored = stored;
        this.outbox = outbox;
        this.audit = audit;
        this.tenantContext = tenantContext;
        this.json = json;
        this.clock = clock;
        this.indexed = !uris.isBlank();
        this.readNew = new TransactionTemplate(transactions);
        this.readNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readNew.setReadOnly(true);
    }

    /** The bound tenant's vocabulary (the defaults, revision 0, until an admin edits it). */
    public SearchVocabulary vocabulary() {
        return stored.findFirstBy().map(this::read).orElse(defaults);
    }

    /** The platform's defaults. */
    public SearchVocabulary defaults() {
        return defaults;
    }

    /** The analysis of the bound tenant's current revision (reads only the revision when it is cached). */
    public TextAnalysis analysis() {
        return current().analysis();
    }

    /** A tenant's current analysis and its revision. */
    public record Current(long revision, TextAnalysis analysis) {
    }

    /** A tenant's current analysis and revision, read in one transaction of its own (the reindexer). */
    public Current currentOf(String tenant) {
        return tenantContext.callAs(tenant, () -> readNew.execute(s -> current()));
    }

    /**
     * The bound tenant's current analysis and revision, in the caller's transaction: one read of the revision, and
     * of the vocabulary only when this node has not analysed that revision yet.
     */
    public Current current() {
        String tenant = tenantContext.require();
        long revision = revision();
        if (revision == 0) {
            analyses.remove(tenant);
            return new Current(0, defaultAnalysis);
        }
        Current cached = analyses.get(tenant);
        if (cached != null && cached.revision() == revision) {
            return cached;
        }
        SearchVocabulary vocabulary = vocabulary();
        Current fresh = new Current(vocabulary.revision(), new TextAnalysis(vocabulary));
        analyses.put(tenant, fresh);
        return fresh;
    }

    /** The revision of the bound tenant's vocabulary (0: the defaults). */
    public long revision() {
        return stored.findVersion().map(v -> v + 1).orElse(0L);
    }

    /** Replaces the bound tenant's vocabulary; If-Match revision 0 means "still the defaults". */
    @Transactional
    public SearchVocabulary replace(SearchVocabulary requested, String actor, Long expectedRevision) {
        validate(requested);
        StoredVocabulary current = stored.findFirstBy().orElse(null);
        long revision = current == null ? 0 : current.revision();
        if (expectedRevision != null && expectedRevision != revision) {
            throw new PreconditionFailedException(expectedRevision, revision);
        }
        SearchVocabulary before = current == null ? defaults : read(current);
        SearchVocabulary cleaned = new SearchVocabulary(0, requested.words().stream().map(String::strip).distinct().toList(),
                requested.synonyms().stream().map(g -> new SearchVocabulary.SynonymGroup(g.language(),
                        g.terms().stream().map(String::strip).distinct().toList())).toList());
        String text = json.writeValueAsString(new StoredForm(cleaned.words(), cleaned.synonyms()));
        if (current == null) {
            current = new StoredVocabulary(text, actor, clock.instant());
        } else {
            current.change(text, actor, clock.instant());
        }
        current = stored.saveAndFlush(current);
        String tenant = tenantContext.require();
        int queued = 0;
        if (indexed && !Set.copyOf(before.words()).equals(Set.copyOf(cleaned.words()))) {
            queued = outbox.addAllOf(tenant);
        }
        audit.record(actor, "SEARCH_VOCABULARY_CHANGED", "search-vocabulary", Map.of("words", cleaned.words().size(),
                "synonymGroups", cleaned.synonyms().size(), "casesQueuedForIndexing", queued));
        log.info("tenant {}: search vocabulary revision {} ({} words, {} synonym groups, {} cases queued for indexing)",
                tenant, current.revision(), cleaned.words().size(), cleaned.synonyms().size(), queued);
        return read(current);
    }

    private SearchVocabulary read(StoredVocabulary s) {
        StoredForm v = json.readValue(s.vocabulary(), StoredForm.class);
        return new SearchVocabulary(s.revision(), v.words(), v.synonyms());
    }

    static void validate(SearchVocabulary v) {
        List<FieldError> errors = new ArrayList<>();
        if (v.words().size() > SearchVocabulary.MAX_WORDS) {
            errors.add(FieldError.of("words", "max-items", SearchVocabulary.MAX_WORDS));
        }
        for (int i = 0; i < v.words().size(); i++) {
            String w = v.words().get(i) == null ? "" : v.words().get(i).strip();
            int length = w.codePointCount(0, w.length());
            if (length < 2 || length > 20) {
                errors.add(FieldError.of("words[" + i + "]", "length-range", 2, 20));
            } else if (!w.codePoints().allMatch(TextAnalysis::isCjk)) {
                errors.add(FieldError.of("words[" + i + "]", "chinese-only"));
            }
        }
        if (v.synonyms().size() > SearchVocabulary.MAX_GROUPS) {
            errors.add(FieldError.of("synonyms", "max-items", SearchVocabulary.MAX_GROUPS));
        }
        TextAnalysis plain = new TextAnalysis(new SearchVocabulary(0, v.words(), List.of()));
        Map<String, Integer> seen = new HashMap<>();
        for (int g = 0; g < v.synonyms().size(); g++) {
            SearchVocabulary.SynonymGroup group = v.synonyms().get(g);
            String at = "synonyms[" + g + "]";
            if (group == null || group.language() == null || !LANGUAGES.contains(group.language())) {
                errors.add(FieldError.of(at + ".language", "one-of", "zh, en, mixed"));
            }
            List<String> terms = group == null ? List.of() : group.terms();
            if (terms.size() < 2 || terms.size() > SearchVocabulary.MAX_TERMS_PER_GROUP) {
                errors.add(FieldError.of(at + ".terms", "items-range", 2, SearchVocabulary.MAX_TERMS_PER_GROUP));
            }
            for (int t = 0; t < terms.size(); t++) {
                String term = terms.get(t) == null ? "" : terms.get(t).strip();
                if (term.isEmpty() || term.length() > 40) {
                    errors.add(FieldError.of(at + ".terms[" + t + "]", "length-range", 1, 40));
                    continue;
                }
                List<String> analysed = plain.terms(term);
                if (analysed.isEmpty()) {
                    errors.add(FieldError.of(at + ".terms[" + t + "]", "no-words"));
                    continue;
                }
                Integer other = seen.putIfAbsent(String.join(" ", analysed), g);
                if (other != null && other != g) {
                    errors.add(FieldError.of(at + ".terms[" + t + "]", "in-other-group", other + 1));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
