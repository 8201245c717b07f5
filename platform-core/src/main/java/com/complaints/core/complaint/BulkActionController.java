package com.complaints.core.complaint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.security.CurrentStaff;
import com.complaints.core.security.StaffPrincipal;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.web.ProblemMessages;

/**
 * {@code POST /api/v1/complaints/bulk}: one action on many cases (the list's bulk actions): assign (supervisors),
 * transfer with one handover note, or set the urgency. Each case is changed in its own transaction by the same
 * service method as the single action, with the same rules, so one refusal leaves the others done; the answer says,
 * case by case, what happened (the problem details of a refusal as the single action would give them). A case the
 * reader may not see is "not found" like any other.
 */
@RestController
class BulkActionController {

    static final int MAX_CASES = 100;

    private final ComplaintService complaints;
    private final CurrentStaff currentStaff;
    private final ProblemMessages problems;

    BulkActionController(ComplaintService complaints, CurrentStaff currentStaff, ProblemMessages problems) {
        this.complaints = complaints;
        this.currentStaff = currentStaff;
        this.problems = problems;
    }

    enum BulkAction { ASSIGN, TRANSFER, SET_URGENCY }

    /**
     * @param userId         ASSIGN: the agent (blank: back to the department's queue); TRANSFER: optional receiver
     * @param toDepartmentId TRANSFER: the receiving department
     * @param note           TRANSFER: the handover note of every case
     * @param urgency        SET_URGENCY
     * @param urgencyReason  SET_URGENCY to URGENT
     */
    record BulkRequest(BulkAction action, List<UUID> ids, String userId, UUID toDepartmentId, String note,
                       Urgency urgency, String urgencyReason) {
    }

    /** What happened to one case: 200 with its new version, or the problem that refused it. */
    record BulkOutcome(UUID id, int status, String caseNumber, Long version, ComplaintStatus caseStatus,
                       ProblemDetail problem) {
    }

    record BulkResult(int succeeded, int failed, List<BulkOutcome> outcomes) {
    }

    @PostMapping("/api/v1/complaints/bulk")
    BulkResult bulk(@RequestBody BulkRequest body) {
        StaffPrincipal staff = currentStaff.get();
        validate(body);
        Function<UUID, ComplaintView> change = switch (body.action()) {
            case ASSIGN -> id -> complaints.assign(staff, id, null, new ComplaintCommands.Assign(body.userId()));
            case TRANSFER -> id -> complaints.transfer(staff, id, null,
                    new ComplaintCommands.Transfer(body.toDepartmentId(), body.userId(), body.note()));
            case SET_URGENCY -> id -> complaints.setUrgency(staff, id, null, body.urgency(), body.urgencyReason());
        };
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (UUID id : body.ids()) {
            outcomes.add(outcome(id, change));
        }
        int ok = (int) outcomes.stream().filter(o -> o.status() == 200).count();
        return new BulkResult(ok, outcomes.size() - ok, outcomes);
    }

    private BulkOutcome outcome(UUID id, Function<UUID, ComplaintView> change) {
        try {
            ComplaintView view = change.apply(id);
            return new BulkOutcome(id, 200, view.caseNumber(), view.version(), view.status(), null);
        } catch (RuntimeException e) {
            ProblemDetail problem = problems.refusal(e).orElseThrow(() -> e);
            return new BulkOutcome(id, problem.getStatus(), null, null, null, problem);
        }
    }

    /** The request as a whole: refused before any case is touched. */
    private static void validate(BulkRequest body) {
        List<FieldError> errors = new ArrayList<>();
        if (body.action() == null) {
            errors.add(FieldError.of("action", "required"));
        }
        if (body.ids() == null || body.ids().isEmpty() || body.ids().size() > MAX_CASES) {
            errors.add(FieldError.of("ids", "range", 1, MAX_CASES));
        } else if (new HashSet<>(body.ids()).size() != body.ids().size()) {
            errors.add(FieldError.of("ids", "invalid-value"));
        }
        if (body.action() == BulkAction.TRANSFER && body.toDepartmentId() == null) {
            errors.add(FieldError.of("toDepartmentId", "required"));
        }
        if (body.action() == BulkAction.SET_URGENCY && body.urgency() == null) {
            errors.add(FieldError.of("urgency", "required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
