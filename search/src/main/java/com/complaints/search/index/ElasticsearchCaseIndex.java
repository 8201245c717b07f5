package com.complaints.search.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import com.complaints.core.complaint.ComplaintAccess.Visibility;
import com.complaints.core.search.CaseIndex;
import com.complaints.core.search.Histogram;
import com.complaints.core.search.Interval;
import com.complaints.core.search.SearchField;
import com.complaints.core.search.SearchVocabularies;
import com.complaints.core.text.Highlights;
import com.complaints.core.text.SearchQuery;
import com.complaints.core.text.TextAnalysis;
import com.complaints.core.search.SearchCursor;
import com.complaints.core.search.SearchFilters;
import com.complaints.core.search.SearchRequest;
import com.complaints.core.search.SearchResult;

/**
 * The case index on Elasticsearch. Full text: the query is analysed by the tenant's {@link TextAnalysis}, as the
 * documents were; each clause must match — the best of its alternatives (phrases of index terms) in the best field,
 * or the case number typed in full — and the query's words close together score higher (sloppy phrases), all in
 * constant scores as {@link SearchField} says, so that the ranking is the database adapter's and does not depend on
 * other tenants' documents. Highlights are made from the original texts, as on the database adapter. Facets
 * count each dimension with the other filters applied (aggregations under the query, filters as post filter).
 */
class ElasticsearchCaseIndex implements CaseIndex {

    private static final int FACET_SIZE = 20;
    /** What a hit shows. */
    private static final List<String> HIT_FIELDS = List.of("case_id", "case_number", "status", "category", "channel",
            "department", "region", "product", "urgency", "received_at", "breached", "satisfaction");
    /** What a hit shows and the texts to highlight in. */
    private static final List<String> HIT_FIELDS_AND_TEXTS = java.util.stream.Stream.concat(HIT_FIELDS.stream(),
            java.util.stream.Stream.of("texts")).toList();

    private final TenantScopedQueries queries;
    private final SearchVocabularies vocabularies;

    ElasticsearchCaseIndex(TenantScopedQueries queries, SearchVocabularies vocabularies) {
        this.queries = queries;
        this.vocabularies = vocabularies;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SearchResult search(SearchRequest request, Visibility visibility) {
        TextAnalysis analysis = vocabularies.analysis();
        SearchQuery text = analysis.query(request.q());
        List<Query> must = new ArrayList<>();
        for (SearchQuery.Clause clause : text.clauses()) {
            must.add(clause(clause));
        }
        List<Query> should = new ArrayList<>();
        if (text.proximity().size() >= 2) {
            String words = String.join(" ", text.proximity());
            for (SearchField.ProximityTier tier : SearchField.PROXIMITY) {
                List<Query> fields = new ArrayList<>();
                for (SearchField field : SearchField.PROXIMITY_FIELDS) {
                    fields.add(constant(Query.of(q -> q.matchPhrase(m -> m.field(field.indexField()).query(words)
                            .slop(tier.slop()))), tier.bonus() * field.weight()));
                }
                should.add(Query.of(q -> q.disMax(d -> d.queries(fields))));
            }
        }
        List<Query> filter = new ArrayList<>();
        visibilityFilter(visibility).ifPresent(filter::add);
        Query main = Query.of(q -> q.bool(b -> b.must(must).should(should).filter(filter)));
        SearchFilters filters = request.filters();
        SearchRequest.Sort sort = request.sort();
        SearchCursor after = request.searchAfter() == null ? null : SearchCursor.decode(request.searchAfter());
        SearchResponse<Map> response = queries.search(main, s -> {
            List<String> fields = text.isEmpty() ? HIT_FIELDS : HIT_FIELDS_AND_TEXTS;
            s.size(request.size()).trackTotalHits(t -> t.enabled(true)).source(src -> src.filter(f -> f.includes(fields)));
            List<Query> all = filterQueries(filters, null);
            if (!all.isEmpty()) {
                s.postFilter(p -> p.bool(b -> b.filter(all)));
            }
            for (String dimension : SearchFilters.FACETS) {
                List<Query> others = filterQueries(filters, dimension);
                s.aggregations(dimension, a -> a.filter(f -> f.bool(b -> b.filter(others)))
                        .aggregations("values", v -> v.terms(t -> t.field(CaseIndexMapping.field(dimension)).size(FACET_SIZE))));
            }
            if (sort == SearchRequest.Sort.RELEVANCE) {
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            }
            s.sort(o -> o.field(f -> f.field("received_at").order(sort == SearchRequest.Sort.OLDEST ? SortOrder.Asc : SortOrder.Desc)));
            s.sort(o -> o.field(f -> f.field("case_id").order(SortOrder.Asc)));
            if (after != null) {
                List<FieldValue> values = new ArrayList<>();
                if (sort == SearchRequest.Sort.RELEVANCE) {
                    values.add(FieldValue.of(after.score()));
                }
                values.add(FieldValue.of(after.receivedAtMillis()));
                values.add(FieldValue.of(after.id().toString()));
                s.searchAfter(values);
            }
            return s;
        });
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            hits.add(hit(hit, analysis, text));
        }
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (String dimension : SearchFilters.FACETS) {
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            for (StringTermsBucket b : response.aggregations().get(dimension).filter().aggregations().get("values")
                    .sterms().buckets().array()) {
                counts.add(new SearchResult.FacetCount(b.key().stringValue(), b.docCount()));
            }
            facets.put(dimension, counts);
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        String next = null;
        if (hits.size() == request.size() && !response.hits().hits().isEmpty()) {
            SearchResult.Hit last = hits.getLast();
            next = new SearchCursor(sort == SearchRequest.Sort.RELEVANCE ? last.score() : 0,
                    last.receivedAt().toEpochMilli(), last.id()).encode();
        }
        return new SearchResult(hits, total, facets, next);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List<Histogram.Bucket> histogram(Histogram request) {
        SearchFilters filters = request.filters().receivedBetween(request.from(), request.to());
        List<Query> all = filterQueries(filters, null);
        SearchResponse<Map> response = queries.search(Query.of(q -> q.bool(b -> b.filter(all))), s -> s.size(0)
                .aggregations("h", a -> {
                    a.dateHistogram(d -> d.field("received_at").calendarInterval(interval(request.interval()))
                            .timeZone(request.zone().getId()).minDocCount(1));
                    if (request.dimension() != null) {
                        a.aggregations("values", v -> v.terms(t -> t.field(CaseIndexMapping.field(request.dimension())).size(10000)));
                    }
                    return a;
                }));
        List<Histogram.Bucket> buckets = new ArrayList<>();
        for (var b : response.aggregations().get("h").dateHistogram().buckets().array()) {
            LocalDate start = Instant.ofEpochMilli(b.key()).atZone(request.zone()).toLocalDate();
            if (request.dimension() == null) {
                buckets.add(new Histogram.Bucket(start, null, b.docCount()));
            } else {
                for (StringTermsBucket v : b.aggregations().get("values").sterms().buckets().array()) {
                    buckets.add(new Histogram.Bucket(start, v.key().stringValue(), v.docCount()));
                }
            }
        }
        buckets.sort(java.util.Comparator.comparing(Histogram.Bucket::start)
                .thenComparing(x -> x.value() == null ? "" : x.value()));
        return buckets;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List<SearchResult.Hit> sharingAny(List<String> terms, SearchFilters filters, Visibility visibility, int limit) {
        List<Query> should = terms.stream().map(t -> clause(SearchQuery.Clause.word(t))).toList();
        List<Query> filter = new ArrayList<>(filterQueries(filters, null));
        visibilityFilter(visibility).ifPresent(filter::add);
        SearchResponse<Map> response = queries.search(Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")
                .filter(filter))), s -> s.size(limit).source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("received_at").order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("case_id").order(SortOrder.Asc))));
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            hits.add(hit(hit, null, SearchQuery.EMPTY));
        }
        return hits;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List<String> texts(SearchFilters filters, int limit) {
        List<Query> all = filterQueries(filters, null);
        SearchResponse<Map> response = queries.search(Query.of(q -> q.bool(b -> b.filter(all))), s -> s.size(limit)
                .source(src -> src.filter(f -> f.includes("texts")))
                .sort(o -> o.field(f -> f.field("received_at").order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("case_id").order(SortOrder.Desc))));
        List<String> texts = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            Object t = hit.source() == null ? null : hit.source().get("texts");
            texts.add(t instanceof List<?> l ? String.join("\n", (List<String>) l) : String.valueOf(t));
        }
        return texts;
    }

    /** The filter clauses, leaving out the one on {@code except} (null: all). */
    static List<Query> filterQueries(SearchFilters filters, String except) {
        List<Query> clauses = new ArrayList<>();
        for (String dimension : SearchFilters.FACETS) {
            List<String> values = filters.values(dimension);
            if (!dimension.equals(except) && !values.isEmpty()) {
                List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
                clauses.add(Query.of(q -> q.terms(t -> t.field(CaseIndexMapping.field(dimension)).terms(v -> v.value(terms)))));
            }
        }
        if (filters.receivedFrom() != null || filters.receivedTo() != null) {
            clauses.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("received_at").format("epoch_millis");
                if (filters.receivedFrom() != null) {
                    d.gte(Long.toString(filters.receivedFrom().toEpochMilli()));
                }
                if (filters.receivedTo() != null) {
                    d.lt(Long.toString(filters.receivedTo().toEpochMilli()));
                }
                return d;
            }))));
        }
        return clauses;
    }

    /** What the caller may see: everything of the tenant, or what they took in and their departments' cases. */
    private static java.util.Optional<Query> visibilityFilter(Visibility visibility) {
        if (visibility.wholeTenant()) {
            return java.util.Optional.empty();
        }
        List<FieldValue> departments = visibility.departmentIds().stream().map(d -> FieldValue.of(d.toString())).toList();
        return java.util.Optional.of(Query.of(q -> q.bool(b -> {
            b.should(s -> s.term(t -> t.field("created_by").value(visibility.userId())));
            if (!departments.isEmpty()) {
                b.should(s -> s.terms(t -> t.field("department").terms(v -> v.value(departments))));
            }
            return b.minimumShouldMatch("1");
        })));
    }

    /** One clause: the best of its alternatives, each a phrase of index terms in the best field, or the case number. */
    private static Query clause(SearchQuery.Clause clause) {
        List<Query> alternatives = new ArrayList<>();
        for (int a = 0; a < clause.alternatives().size(); a++) {
            String terms = String.join(" ", clause.alternatives().get(a));
            for (SearchField field : SearchField.values()) {
                alternatives.add(constant(Query.of(q -> q.matchPhrase(m -> m.field(field.indexField()).query(terms))),
                        field.weight() * clause.weight(a)));
            }
        }
        if (clause.caseNumber() != null) {
            alternatives.add(constant(Query.of(q -> q.term(t -> t.field("case_number").value(clause.caseNumber()))),
                    SearchField.CASE_NUMBER_SCORE));
        }
        return Query.of(q -> q.disMax(d -> d.queries(alternatives)));
    }

    /** A query that scores {@code score} when it matches, whatever the term statistics. */
    private static Query constant(Query filter, double score) {
        return Query.of(q -> q.constantScore(c -> c.filter(filter).boost((float) score)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static SearchResult.Hit hit(Hit<Map> hit, TextAnalysis analysis, SearchQuery query) {
        Map<String, Object> s = hit.source();
        Map<String, List<String>> highlights = new LinkedHashMap<>();
        if (!query.isEmpty() && s.get("texts") instanceof List<?> texts) {
            List<String> fragments = Highlights.fragments((List<String>) texts, analysis, query);
            if (!fragments.isEmpty()) {
                highlights.put("texts", fragments);
            }
        }
        Object satisfaction = s.get("satisfaction");
        Object department = s.get("department");
        return new SearchResult.Hit(UUID.fromString((String) s.get("case_id")), (String) s.get("case_number"),
                (String) s.get("status"), (String) s.get("category"), (String) s.get("channel"),
                department == null ? null : UUID.fromString((String) department), (String) s.get("region"),
                (String) s.get("product"), (String) s.get("urgency"),
                Instant.ofEpochMilli(((Number) s.get("received_at")).longValue()),
                s.get("breached") instanceof List<?> l ? (List<String>) l : List.of(),
                satisfaction == null ? null : ((Number) satisfaction).intValue(), hit.score() == null ? 0 : hit.score(),
                highlights);
    }

    private static CalendarInterval interval(Interval interval) {
        return switch (interval) {
            case DAY -> CalendarInterval.Day;
            case WEEK -> CalendarInterval.Week;
            case MONTH -> CalendarInterval.Month;
            case QUARTER -> CalendarInterval.Quarter;
        };
    }
}
