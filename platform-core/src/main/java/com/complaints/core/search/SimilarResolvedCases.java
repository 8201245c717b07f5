package com.complaints.core.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.complaint.CaseFacts;
import com.complaints.core.complaint.CaseFactsReader;
import com.complaints.core.complaint.ComplaintAccess;
import com.complaints.core.complaint.ComplaintService;
import com.complaints.core.complaint.ComplaintView;
import com.complaints.core.complaint.FollowUpLimits;
import com.complaints.core.complaint.SolutionStatus;
import com.complaints.core.security.StaffPrincipal;
import com.complaints.core.text.TextAnalysis;
import com.complaints.core.text.Token;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * For a case, the most similar closed cases of the tenant whose consumer was satisfied at follow-up, with the
 * solution that worked and the department that gave it — what an agent can offer again. Candidates are the cases
 * sharing any significant word of the case's product and description ({@link CaseIndex#sharingAny}, the same on
 * both adapters); they are ranked by the cosine of their TF-IDF word vectors, the document frequencies taken over the
 * candidates. Only cases the reader may see are candidates.
 */
@Service
@Transactional(readOnly = true)
public class SimilarResolvedCases {

    static final int POOL = 100;
    static final int MAX_WORDS = 40;
    static final double MIN_SIMILARITY = 0.1;
    public static final int MAX_LIMIT = 10;

    private final ComplaintService complaints;
    private final ComplaintAccess access;
    private final CaseIndex index;
    private final CaseFactsReader facts;
    private final SearchVocabularies vocabularies;
    private final FollowUpLimits followUp;

    SimilarResolvedCases(ComplaintService complaints, ComplaintAccess access, CaseIndex index, CaseFactsReader facts,
                         SearchVocabularies vocabularies, FollowUpLimits followUp) {
        this.complaints = complaints;
        this.access = access;
        this.index = index;
        this.facts = facts;
        this.vocabularies = vocabularies;
        this.followUp = followUp;
    }

    /**
     * A closed case like the one asked about.
     *
     * @param solution     the accepted solution, else the resolution recorded at closing
     * @param satisfaction the consumer's follow-up score
     * @param similarity   the cosine similarity of the two cases' words (0-1)
     * @param sharedWords  the words the two cases share, as the asked-about case writes them
     */
    @Schema(name = "SimilarResolvedCase")
    public record SimilarCase(UUID id, String caseNumber, String product, String category, UUID departmentId,
                              String solution, Integer satisfaction, Instant closedAt, double similarity,
                              List<String> sharedWords) {
    }

    public List<SimilarCase> of(StaffPrincipal staff, UUID id, int limit) {
        ComplaintView c = complaints.get(staff, id);
        TextAnalysis analysis = vocabularies.analysis();
        String text = c.subject().name() + "\n" + c.description();
        List<Token> askedTokens = analysis.tokens(text);
        Map<String, String> written = significantWords(askedTokens, text);
        if (written.isEmpty()) {
            return List.of();
        }
        List<String> words = List.copyOf(written.keySet());
        List<Integer> satisfied = IntStream.rangeClosed(followUp.dissatisfiedAtMost() + 1, 5).boxed().toList();
        SearchFilters closedAndSatisfied = new SearchFilters(List.of("CLOSED"), null, null, null, null, null, null, null,
                null, null, satisfied);
        List<UUID> pool = index.sharingAny(words, closedAndSatisfied, access.visibility(staff), POOL + 1).stream()
                .map(SearchResult.Hit::id).filter(other -> !other.equals(id)).limit(POOL).toList();
        if (pool.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<String, Integer>> vectors = new LinkedHashMap<>();
        Map<UUID, CaseFacts> byId = new HashMap<>();
        for (CaseFacts f : facts.read(pool)) {
            byId.put(f.id(), f);
            vectors.put(f.id(), counts(analysis.tokens(f.product() + "\n" + f.description())));
        }
        Map<String, Integer> asked = counts(askedTokens);
        Map<String, Double> idf = idf(asked, vectors.values());
        List<Map.Entry<UUID, Double>> ranked = new ArrayList<>();
        for (UUID candidate : pool) {
            Map<String, Integer> v = vectors.get(candidate);
            if (v != null) {
                ranked.add(Map.entry(candidate, cosine(asked, v, idf)));
            }
        }
        ranked.sort(Map.Entry.<UUID, Double>comparingByValue().reversed()
                .thenComparing(e -> byId.get(e.getKey()).closedAt(), Comparator.nullsLast(Comparator.reverseOrder())));
        List<SimilarCase> similar = new ArrayList<>();
        for (Map.Entry<UUID, Double> e : ranked) {
            if (similar.size() == Math.min(limit, MAX_LIMIT) || e.getValue() < MIN_SIMILARITY) {
                break;
            }
            ComplaintView other = complaints.get(staff, e.getKey());
            Map<String, Integer> v = vectors.get(e.getKey());
            List<String> shared = written.entrySet().stream().filter(w -> v.containsKey(w.getKey())).map(Map.Entry::getValue)
                    .limit(8).toList();
            similar.add(new SimilarCase(other.id(), other.caseNumber(), other.subject().name(),
                    other.category() == null ? null : other.category().name(), other.departmentId(), solution(other),
                    byId.get(e.getKey()).satisfaction(), other.closedAt(), Math.round(e.getValue() * 1000) / 1000.0, shared));
        }
        return similar;
    }

    /** The solution that worked: the accepted one (latest), else the resolution. */
    static String solution(ComplaintView c) {
        return c.solutions().stream().filter(s -> s.status() == SolutionStatus.ACCEPTED)
                .reduce((a, b) -> b).map(ComplaintView.SolutionView::text).orElse(c.resolution());
    }

    /** Index term → the word as first written, for the words that say something (no function words, no single letters). */
    static Map<String, String> significantWords(List<Token> tokens, String text) {
        Map<String, String> words = new LinkedHashMap<>();
        for (Token t : tokens) {
            if (words.size() == MAX_WORDS) {
                break;
            }
            if (significant(t)) {
                words.putIfAbsent(t.term(), text.substring(t.start(), t.end()));
            }
        }
        return words;
    }

    private static boolean significant(Token t) {
        int length = t.term().codePointCount(0, t.term().length());
        return !TextAnalysis.isFunctionWord(t.term()) && (t.chinese() ? length >= 2 : length >= 3);
    }

    private static Map<String, Integer> counts(List<Token> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        for (Token t : tokens) {
            if (significant(t)) {
                counts.merge(t.term(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Map<String, Double> idf(Map<String, Integer> asked, java.util.Collection<Map<String, Integer>> pool) {
        Set<String> terms = new LinkedHashSet<>(asked.keySet());
        pool.forEach(v -> terms.addAll(v.keySet()));
        Map<String, Double> idf = new HashMap<>();
        int n = pool.size() + 1;
        for (String term : terms) {
            long df = pool.stream().filter(v -> v.containsKey(term)).count() + (asked.containsKey(term) ? 1 : 0);
            idf.put(term, Math.log(1 + (double) n / df));
        }
        return idf;
    }

    static double cosine(Map<String, Integer> a, Map<String, Integer> b, Map<String, Double> idf) {
        double dot = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            Integer other = b.get(e.getKey());
            if (other != null) {
                double w = idf.get(e.getKey());
                dot += e.getValue() * w * other * w;
            }
        }
        return dot == 0 ? 0 : dot / (norm(a, idf) * norm(b, idf));
    }

    private static double norm(Map<String, Integer> v, Map<String, Double> idf) {
        double sum = 0;
        for (Map.Entry<String, Integer> e : v.entrySet()) {
            double x = e.getValue() * idf.get(e.getKey());
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
