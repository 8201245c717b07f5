package com.complaints.core.intake;

import com.complaints.core.complaint.CaseSketch;
import com.complaints.core.complaint.VisibleCase;
import com.complaints.core.complaint.Complaint;
import com.complaints.core.complaint.ComplaintRepository;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.complaints.core.duplicate.DuplicateScore;
import com.complaints.core.duplicate.TextSimilarity;

/**
 * Likely duplicates of a complaint within the tenant and a window around its receipt: cases of the same consumer
 * (normalised phone or e-mail) or the same order reference, and recent cases with near-identical text.
 */
@Component
class DuplicateFinder {

    private static final int RECENT_TEXT_CANDIDATES = 300;

    private final ComplaintRepository complaints;
    private final Duration window;

    DuplicateFinder(ComplaintRepository complaints,
                    @Value("${complaints.duplicates.window:P30D}") Duration window) {
        this.complaints = complaints;
        this.window = window;
    }

    /** @param visible which candidates the caller may see */
    List<DuplicateCandidate> of(Complaint c, Predicate<VisibleCase> visible) {
        var from = c.receivedAt().minus(window);
        var to = c.receivedAt().plus(window);
        Map<UUID, CaseSketch> candidates = new LinkedHashMap<>();
        complaints.findSameConsumerOrReference(c.id(), from, to, c.phoneKey(), c.emailKey(), c.referenceKey())
                .forEach(x -> candidates.put(x.id(), x));
        complaints.findRecent(c.id(), from, to, PageRequest.of(0, RECENT_TEXT_CANDIDATES))
                .forEach(x -> candidates.putIfAbsent(x.id(), x));
        Set<String> tokens = TextSimilarity.tokens(c.description());
        return candidates.values().stream()
                .filter(visible)
                .map(x -> candidate(c, tokens, x))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingDouble(DuplicateCandidate::score).reversed())
                .toList();
    }

    private static DuplicateCandidate candidate(Complaint c, Set<String> tokens, CaseSketch other) {
        DuplicateScore score = DuplicateScore.of(
                c.phoneKey() != null && c.phoneKey().equals(other.phoneKey()),
                c.emailKey() != null && c.emailKey().equals(other.emailKey()),
                c.referenceKey() != null && c.referenceKey().equals(other.referenceKey()),
                TextSimilarity.jaccard(tokens, TextSimilarity.tokens(other.description())));
        return score.likely() ? new DuplicateCandidate(other.id(), other.caseNumber(), other.status(), other.receivedAt(),
                score.score(), score.textSimilarity(), score.reasons()) : null;
    }
}
