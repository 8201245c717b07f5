package com.complaints.core.hints;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.core.audit.AdminAuditLog;
import com.complaints.core.complaint.Category;
import com.complaints.core.complaint.ComplaintEvent;
import com.complaints.core.complaint.SystemActions;
import com.complaints.core.complaint.ComplaintView;
import com.complaints.core.complaint.Urgency;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.shared.PreconditionFailedException;
import com.complaints.core.tenancy.TenantTransactions;

/**
 * Triage hints for a case from the tenant's lexicons, the lexicons themselves, and the record of whether agents
 * followed the hints (written when a case is triaged).
 */
@Service
@Transactional
public class TriageHintService {

    static final int MAX_ENTRIES = 500;

    private final StoredLexiconsRepository lexicons;
    private final HintOutcomeRepository outcomes;
    private final SystemActions complaints;
    private final TenantTransactions transactions;
    private final AdminAuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    TriageHintService(StoredLexiconsRepository lexicons, HintOutcomeRepository outcomes, SystemActions complaints,
                      TenantTransactions transactions, AdminAuditLog audit, JsonMapper json, Clock clock) {
        this.lexicons = lexicons;
        this.outcomes = outcomes;
        this.complaints = complaints;
        this.transactions = transactions;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LexiconsView lexicons() {
        return lexicons.findFirstBy().map(s -> new LexiconsView(s.version() + 1, json.readValue(s.lexicons(), HintLexicons.class)))
                .orElseGet(() -> new LexiconsView(0, HintLexicons.defaults()));
    }

    /** Replaces the lexicons; ETag/If-Match revision 0 means "still the defaults". */
    public LexiconsView replace(HintLexicons updated, String actor, Long expectedRevision) {
        validate(updated);
        LexiconsView current = lexicons();
        if (expectedRevision != null && expectedRevision != current.revision()) {
            throw new PreconditionFailedException(expectedRevision, current.revision());
        }
        String text = json.writeValueAsString(updated);
        StoredLexicons stored = lexicons.findFirstBy().orElse(null);
        if (stored == null) {
            stored = new StoredLexicons(text, actor, clock.instant());
        } else {
            stored.change(text, actor, clock.instant());
        }
        lexicons.saveAndFlush(stored);
        audit.record(actor, "HINT_LEXICONS_CHANGED", "hint-lexicons", updated);
        return lexicons();
    }

    @Transactional(readOnly = true)
    public TriageHints.Hints hintsFor(ComplaintView complaint) {
        return TriageHints.analyse(text(complaint.description(), complaint.expectedResolution()), lexicons().lexicons());
    }

    @Transactional(readOnly = true)
    public List<HintQuality> quality() {
        Map<String, long[]> counts = new HashMap<>();
        for (Object[] row : outcomes.tally()) {
            long[] c = counts.computeIfAbsent((String) row[0], h -> new long[3]);
            boolean suggested = (Boolean) row[1];
            boolean chosen = (Boolean) row[2];
            long n = (Long) row[3];
            if (suggested && chosen) {
                c[0] += n;
            } else if (suggested) {
                c[1] += n;
            } else if (chosen) {
                c[2] += n;
            }
        }
        List<HintQuality> out = new ArrayList<>();
        for (String hint : List.of("URGENT", "LEGAL")) {
            long[] c = counts.getOrDefault(hint, new long[3]);
            out.add(new HintQuality(hint, c[0], c[1], c[2], ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2])));
        }
        return out;
    }

    /**
     * After a triage committed: was URGENT hinted and chosen, was the legal department hinted and LEGAL_DISPUTE
     * chosen (the event waits in the publication registry until this is done).
     */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(ComplaintEvent.Triaged event) {
        transactions.inNewTransaction(event.tenant(), () -> complaints.facts(event.complaintId()).ifPresent(facts -> {
            TriageHints.Hints hints = TriageHints.analyse(facts.description(), lexicons().lexicons());
            outcomes.save(new HintOutcome(event.complaintId(), "URGENT", hints.urgent().suggested(),
                    event.state().urgency() == Urgency.URGENT, event.at()));
            outcomes.save(new HintOutcome(event.complaintId(), "LEGAL", hints.legal().suggested(),
                    event.state().category() == Category.LEGAL_DISPUTE, event.at()));
        }));
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static String text(String description, String expected) {
        return expected == null ? description : description + "\n" + expected;
    }

    private static void validate(HintLexicons l) {
        if (l == null) {
            throw new InvalidInputException("body", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        check(errors, "urgency", l.urgency());
        check(errors, "legal", l.legal());
        check(errors, "negativeEmotion", l.negativeEmotion());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void check(List<FieldError> errors, String field, List<String> entries) {
        if (entries.size() > MAX_ENTRIES || entries.stream().anyMatch(e -> e == null || e.isBlank() || e.length() > 50)) {
            errors.add(FieldError.of(field, "lexicon", MAX_ENTRIES));
        }
    }

    /** @param revision 0 while the tenant uses the defaults, then counts the edits */
    public record LexiconsView(long revision, HintLexicons lexicons) {
    }
}
