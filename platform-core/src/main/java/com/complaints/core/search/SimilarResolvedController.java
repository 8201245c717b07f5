package com.complaints.core.search;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.security.CurrentStaff;
import com.complaints.core.shared.InvalidInputException;

/**
 * {@code /api/v1/complaints/{id}/similar-resolved} (AGENT+): closed cases like this one whose consumer was satisfied,
 * with the solution that worked — among the cases the reader may see; 404 for a case they may not see.
 */
@RestController
class SimilarResolvedController {

    private final SimilarResolvedCases similar;
    private final CurrentStaff currentStaff;

    SimilarResolvedController(SimilarResolvedCases similar, CurrentStaff currentStaff) {
        this.similar = similar;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/api/v1/complaints/{id}/similar-resolved")
    List<SimilarResolvedCases.SimilarCase> similarResolved(@PathVariable UUID id,
                                                           @RequestParam(required = false, defaultValue = "3") int limit) {
        if (limit < 1 || limit > SimilarResolvedCases.MAX_LIMIT) {
            throw new InvalidInputException("limit", "range", 1, SimilarResolvedCases.MAX_LIMIT);
        }
        return similar.of(currentStaff.get(), id, limit);
    }
}
