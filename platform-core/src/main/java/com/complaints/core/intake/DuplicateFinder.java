package com.complaints.core.intake;

import com.complaints.core.complaint.CaseSketch;
import com.complaints.core.complaint.VisibleCase;
import com.complaints.core.complaint.Complaint;
import com.complaints.core.complaint.ComplaintRepository;
import com.complaints.core.persistence.CaseTextBands;

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
import org.springframework.stereotype.Component;

import com.complaints.core.duplicate.DuplicateScore;
import com.complaints.core.duplicate.TextFingerprint;
import com.complaints.core.duplicate.TextSimilarity;

/**
 * Likely duplicates of a complaint within the tenant and a window around its receipt: cases of the same consumer
 * (normalised phone or e-mail) or the same order reference, and cases with near-identical text — found through the
 * text bands each case stores at intake ({@link TextFingerprint}, an indexed lookup whatever the tenant's volume),
 * then scored exactly.
 */
@Component
class DuplicateFinder {

    /** Text candidates scored at most (those sharing the most bands with the text), and read per band at most. */
    private static final int TEXT_CANDIDATES = 20;
    private static final int PER_BAND = 10;

    private final ComplaintRepository complaints;
    private final CaseTextBands textBands;
    private final Duration window;

    DuplicateFinder(ComplaintRepository complaints, CaseTextBands textBands,
                    @Value("${complaints.duplicates.window:P30D}") Duration window) {
        this.complaints = complaints;
        this.textBands = textBands;
        this.window = window;
    }

    /** Stores a new case's text bands, so later cases find it; in the intake's transaction. */
    void index(Complaint c) {
        textBands.record(c.tenantId(), c.id(), c.receivedAt(), TextFingerprint.bands(TextSimilarity.tokens(c.description())));
    }

    /** @param visible which candidates the caller may see */
    List<DuplicateCandidate> of(Complaint c, Predicate<VisibleCase> visible) {
        var from = c.receivedAt().minus(window);
        var to = c.receivedAt().plus(window);
        Map<UUID, CaseSketch> candidates = new LinkedHashMap<>();
        complaints.findSameConsumerOrReference(c.id(), from, to, c.phoneKey(), c.emailKey(), c.referenceKey())
                .forEach(x -> candidates.put(x.id(), x));
        Set<String> tokens = TextSimilarity.tokens(c.description());
        List<UUID> alike = textBands.sharing(c.tenantId(), TextFingerprint.bands(tokens), from, to, c.id(), PER_BAND,
                        TEXT_CANDIDATES)
                .stream().filter(id -> !candidates.containsKey(id)).toList();
        if (!alike.isEmpty()) {
            complaints.findUnmergedSketches(alike).forEach(x -> candidates.putIfAbsent(x.id(), x));
        }
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
