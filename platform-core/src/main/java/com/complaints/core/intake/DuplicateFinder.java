package com.complaints.core.intake;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.complaints.core.complaint.CaseSketch;
import com.complaints.core.complaint.Complaint;
import com.complaints.core.complaint.ComplaintRepository;
import com.complaints.core.complaint.VisibleCase;
import com.complaints.core.duplicate.DuplicateKeys;
import com.complaints.core.duplicate.DuplicateScore;
import com.complaints.core.duplicate.TextSimilarity;
import com.complaints.core.shared.BoundedCache;
import com.complaints.core.persistence.DuplicateKeyIndex;

/**
 * Likely duplicates of a complaint within the tenant and a window around its receipt: cases of the same consumer
 * (normalised phone or e-mail) or the same order reference, and cases with near-identical text — found through the
 * keys each case stores at intake ({@link DuplicateKeys}: one index, the same plan on every database, bounded per key
 * whatever the tenant's volume), then scored exactly.
 */
@Component
class DuplicateFinder {

    /** Cases read per identity key at most (the same consumer's cases of the window), and scored at most. */
    private static final int PER_IDENTITY = 50;
    private static final int IDENTITY_CANDIDATES = 100;
    /** Text candidates read per band at most, and scored at most (those sharing the most bands with the text). */
    private static final int PER_BAND = 10;
    private static final int TEXT_CANDIDATES = 20;

    /** Word sets kept per case: a recent case is compared with every new one of the window, segmented once. */
    private static final int TOKEN_CACHE = 20_000;

    private final ComplaintRepository complaints;
    private final BoundedCache<UUID, Set<String>> tokensByCase = new BoundedCache<>(TOKEN_CACHE);
    private final DuplicateKeyIndex index;
    private final Duration window;

    DuplicateFinder(ComplaintRepository complaints, DuplicateKeyIndex index,
                    @Value("${complaints.duplicates.window:P30D}") Duration window) {
        this.complaints = complaints;
        this.index = index;
        this.window = window;
    }

    /** Stores a new case's keys, so later cases find it; in the intake's transaction. */
    void index(Complaint c) {
        index.record(c.tenantId(), c.id(), c.receivedAt(), keys(c, tokens(c.id(), c.description())).all());
    }

    /** @param visible which candidates the caller may see */
    List<DuplicateCandidate> of(Complaint c, Predicate<VisibleCase> visible) {
        var from = c.receivedAt().minus(window);
        var to = c.receivedAt().plus(window);
        Set<String> tokens = tokens(c.id(), c.description());
        DuplicateKeys keys = keys(c, tokens);
        Set<UUID> ids = new LinkedHashSet<>(index.sharing(c.tenantId(), keys.identity(), from, to, c.id(), PER_IDENTITY,
                IDENTITY_CANDIDATES));
        ids.addAll(index.sharing(c.tenantId(), keys.text(), from, to, c.id(), PER_BAND, TEXT_CANDIDATES));
        if (ids.isEmpty()) {
            return List.of();
        }
        return complaints.findUnmergedSketches(ids).stream()
                .filter(visible)
                .map(x -> candidate(c, tokens, x))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingDouble(DuplicateCandidate::score).reversed())
                .toList();
    }

    /** A case's words (its description does not change after intake). */
    private Set<String> tokens(UUID id, String description) {
        return tokensByCase.get(id, kept -> true, () -> Set.copyOf(TextSimilarity.tokens(description)));
    }

    private static DuplicateKeys keys(Complaint c, Set<String> tokens) {
        return DuplicateKeys.of(c.phoneKey(), c.emailKey(), c.referenceKey(), tokens);
    }

    private DuplicateCandidate candidate(Complaint c, Set<String> tokens, CaseSketch other) {
        DuplicateScore score = DuplicateScore.of(
                c.phoneKey() != null && c.phoneKey().equals(other.phoneKey()),
                c.emailKey() != null && c.emailKey().equals(other.emailKey()),
                c.referenceKey() != null && c.referenceKey().equals(other.referenceKey()),
                TextSimilarity.jaccard(tokens, tokens(other.id(), other.description())));
        return score.likely() ? new DuplicateCandidate(other.id(), other.caseNumber(), other.status(), other.receivedAt(),
                score.score(), score.textSimilarity(), score.reasons()) : null;
    }
}
