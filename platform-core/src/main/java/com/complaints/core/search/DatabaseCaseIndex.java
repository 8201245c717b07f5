package com.complaints.core.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.complaint.CaseFacts;
import com.complaints.core.complaint.CaseFactsReader;
import com.complaints.core.complaint.ComplaintAccess.Visibility;
import com.complaints.core.shared.BoundedCache;
import com.complaints.core.text.Highlights;
import com.complaints.core.text.SearchQuery;
import com.complaints.core.text.TextAnalysis;

/**
 * The case index on the database, for the embedded default (no Elasticsearch configured): it reads the tenant's
 * case facts and matches, counts and buckets them in memory — the same rules the Elasticsearch adapter applies in
 * its queries. Meant for the small data of a single-node installation, not for millions of cases.
 */
@Component
@ConditionalOnExpression("'${complaints.search.elasticsearch.uris:}'.isBlank()")
@Transactional(readOnly = true)
class DatabaseCaseIndex implements CaseIndex {

    private static final int PAGE = 1000;
    private static final int FACET_SIZE = 20;

    private static final int ANALYSED_CACHE = 50_000;

    private final CaseFactsReader reader;
    private final SearchVocabularies vocabularies;
    /** Analysed cases by id, valid for the same facts of the case and one vocabulary revision of its tenant. */
    private final BoundedCache<UUID, Cached> analysed = new BoundedCache<>(ANALYSED_CACHE);

    private record Cached(long revision, AnalysedCase analysed) {
    }

    DatabaseCaseIndex(CaseFactsReader reader, SearchVocabularies vocabularies) {
        this.reader = reader;
        this.vocabularies = vocabularies;
    }

    @Override
    public SearchResult search(SearchRequest request, Visibility visibility) {
        SearchVocabularies.Current current = vocabularies.current();
        TextAnalysis analysis = current.analysis();
        long revision = current.revision();
        SearchQuery query = analysis.query(request.q());
        List<CaseFacts> all = all(request.filters());
        List<Scored> matching = new ArrayList<>();
        if (query.isEmpty()) {
            all.stream().filter(f -> visible(f, visibility)).forEach(f -> matching.add(new Scored(f, 0)));
        } else {
            List<AnalysedCase> candidates = all.stream().filter(f -> visible(f, visibility))
                    .map(f -> analysed(f, analysis, revision)).toList();
            TextMatcher.match(candidates, query).forEach((c, score) -> matching.add(new Scored(c.facts(), score)));
        }
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (String dimension : SearchFilters.FACETS) {
            Map<String, Long> counts = new HashMap<>();
            for (Scored s : matching) {
                if (request.filters().matches(s.facts(), dimension)) {
                    String value = SearchFilters.valueOf(s.facts(), dimension);
                    if (value != null) {
                        counts.merge(value, 1L, Long::sum);
                    }
                }
            }
            facets.put(dimension, counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(FACET_SIZE).map(e -> new SearchResult.FacetCount(e.getKey(), e.getValue())).toList());
        }
        List<Scored> hits = matching.stream().filter(s -> request.filters().matches(s.facts(), null))
                .sorted(order(request.sort())).toList();
        long total = hits.size();
        if (request.searchAfter() != null) {
            SearchCursor after = SearchCursor.decode(request.searchAfter());
            Comparator<Scored> order = order(request.sort());
            Scored pivot = new Scored(null, after.score(), after.receivedAtMillis(), after.id());
            hits = hits.stream().filter(s -> order.compare(s, pivot) > 0).toList();
        }
        List<Scored> page = hits.stream().limit(request.size()).toList();
        String next = page.size() == request.size() && hits.size() > request.size()
                ? cursor(page.getLast()).encode() : null;
        return new SearchResult(page.stream().map(s -> hit(s, query, analysis)).toList(), total, facets, next);
    }

    @Override
    public List<Histogram.Bucket> histogram(Histogram request) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Histogram.Bucket> keys = new HashMap<>();
        for (CaseFacts f : reader.receivedBetween(request.from(), request.to())) {
            if (!request.filters().matches(f, null)) {
                continue;
            }
            String value = request.dimension() == null ? null : f.value(request.dimension());
            if (request.dimension() != null && value == null) {
                continue;
            }
            LocalDate start = request.interval().start(f.receivedAt().atZone(request.zone()).toLocalDate());
            String key = start + "|" + value;
            counts.merge(key, 1L, Long::sum);
            keys.putIfAbsent(key, new Histogram.Bucket(start, value, 0));
        }
        return counts.entrySet().stream().map(e -> {
            Histogram.Bucket b = keys.get(e.getKey());
            return new Histogram.Bucket(b.start(), b.value(), e.getValue());
        }).sorted(Comparator.comparing(Histogram.Bucket::start).thenComparing(b -> b.value() == null ? "" : b.value())).toList();
    }

    @Override
    public List<SearchResult.Hit> sharingAny(List<String> terms, SearchFilters filters, Visibility visibility, int limit) {
        SearchVocabularies.Current current = vocabularies.current();
        TextAnalysis analysis = current.analysis();
        long revision = current.revision();
        List<SearchQuery.Clause> words = terms.stream().map(SearchQuery.Clause::word).toList();
        List<Scored> scored = new ArrayList<>();
        for (CaseFacts f : all(filters)) {
            if (filters.matches(f, null) && visible(f, visibility)) {
                double score = TextMatcher.sharing(analysed(f, analysis, revision), words);
                if (score > 0) {
                    scored.add(new Scored(f, score));
                }
            }
        }
        return scored.stream().sorted(order(SearchRequest.Sort.RELEVANCE)).limit(limit)
                .map(s -> hit(s, SearchQuery.EMPTY, analysis)).toList();
    }

    @Override
    public List<String> texts(SearchFilters filters, int limit) {
        return all(filters).stream().filter(f -> filters.matches(f, null))
                .sorted(Comparator.comparing(CaseFacts::receivedAt).reversed().thenComparing(CaseFacts::id, Comparator.reverseOrder()))
                .limit(limit).map(f -> String.join("\n", f.texts())).toList();
    }

    private List<CaseFacts> all(SearchFilters filters) {
        if (filters.receivedFrom() != null && filters.receivedTo() != null) {
            return reader.receivedBetween(filters.receivedFrom(), filters.receivedTo());
        }
        List<CaseFacts> all = new ArrayList<>();
        UUID after = null;
        while (true) {
            List<CaseFacts> page = reader.page(after, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
            after = page.getLast().id();
        }
    }

    private static boolean visible(CaseFacts f, Visibility v) {
        return v.wholeTenant() || v.userId().equals(f.createdBy())
                || (f.departmentId() != null && v.departmentIds().contains(f.departmentId()));
    }

    private AnalysedCase analysed(CaseFacts f, TextAnalysis analysis, long revision) {
        return analysed.get(f.id(), c -> c.revision() == revision && c.analysed().facts().equals(f),
                () -> new Cached(revision, new AnalysedCase(f, analysis))).analysed();
    }

    private SearchResult.Hit hit(Scored s, SearchQuery q, TextAnalysis analysis) {
        CaseFacts f = s.facts();
        Map<String, List<String>> highlights = new LinkedHashMap<>();
        if (!q.isEmpty()) {
            List<String> fragments = Highlights.fragments(f.texts(), analysis, q);
            if (!fragments.isEmpty()) {
                highlights.put("texts", fragments);
            }
        }
        return new SearchResult.Hit(f.id(), f.caseNumber(), f.status(), f.category(), f.channel(), f.departmentId(), f.region(),
                f.product(), f.urgency(), f.receivedAt(), f.breached(), f.satisfaction(), s.score(), highlights);
    }

    private record Scored(CaseFacts facts, double score, long receivedAtMillis, UUID id) {

        Scored(CaseFacts facts, double score) {
            this(facts, score, facts.receivedAt().toEpochMilli(), facts.id());
        }
    }

    private static SearchCursor cursor(Scored s) {
        return new SearchCursor(s.score(), s.receivedAtMillis(), s.id());
    }

    private static Comparator<Scored> order(SearchRequest.Sort sort) {
        Comparator<Scored> byTime = Comparator.comparingLong(Scored::receivedAtMillis);
        Comparator<Scored> primary = switch (sort) {
            case RELEVANCE -> Comparator.comparingDouble(Scored::score).reversed().thenComparing(byTime.reversed());
            case NEWEST -> byTime.reversed();
            case OLDEST -> byTime;
        };
        return primary.thenComparing(s -> s.id().toString());
    }
}
