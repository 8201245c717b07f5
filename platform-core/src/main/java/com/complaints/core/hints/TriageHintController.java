package com.complaints.core.hints;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.complaint.ComplaintService;
import com.complaints.core.security.CurrentStaff;

/** {@code GET /api/v1/complaints/{id}/hints}: urgency, legal and emotion hints with their evidence. */
@RestController
class TriageHintController {

    private final ComplaintService complaints;
    private final TriageHintService hints;
    private final CurrentStaff currentStaff;

    TriageHintController(ComplaintService complaints, TriageHintService hints, CurrentStaff currentStaff) {
        this.complaints = complaints;
        this.hints = hints;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/api/v1/complaints/{id}/hints")
    TriageHints.Hints hints(@PathVariable UUID id) {
        return hints.hintsFor(complaints.get(currentStaff.get(), id));
    }
}
