package com.complaints.core.portal;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.throttle.FailedLookups;
import com.complaints.core.shared.NotFoundException;

/**
 * The consumer's pages, no login: the progress lookup and the answer to a proposed solution, each with the case's
 * access code (the web complaint form is the intake feature's). A wrong code and an unknown case number give the same 404.
 * The tenant in the path is bound (and checked to be active) by the tenant binding filter.
 */
@RestController
@RequestMapping("/public/{tenant}/complaints")
class PortalController {

    private final PortalService portal;
    private final FailedLookups lookups;

    PortalController(PortalService portal, FailedLookups lookups) {
        this.portal = portal;
        this.lookups = lookups;
    }

    @GetMapping("/{caseNumber}")
    PublicCaseView progress(@PathVariable String tenant, @PathVariable String caseNumber,
                            @RequestParam(required = false) String code, HttpServletRequest request) {
        return lookups.guard(request.getRemoteAddr(), caseNumber, () -> {
            if (code == null || code.isBlank()) {
                throw new NotFoundException("complaint");
            }
            return portal.view(caseNumber, code);
        });
    }

    @PostMapping("/{caseNumber}/solutions/{solutionId}/accept")
    PublicCaseView accept(@PathVariable String tenant, @PathVariable String caseNumber, @PathVariable UUID solutionId,
                          @RequestBody Decision body, HttpServletRequest request) {
        return lookups.guard(request.getRemoteAddr(), caseNumber,
                () -> portal.decide(caseNumber, body.code(), solutionId, true, null));
    }

    @PostMapping("/{caseNumber}/solutions/{solutionId}/reject")
    PublicCaseView reject(@PathVariable String tenant, @PathVariable String caseNumber, @PathVariable UUID solutionId,
                          @RequestBody Decision body, HttpServletRequest request) {
        return lookups.guard(request.getRemoteAddr(), caseNumber,
                () -> portal.decide(caseNumber, body.code(), solutionId, false, body.reason()));
    }

    /** The consumer's access code, and for a rejection the reason. */
    record Decision(String code, String reason) {
    }
}
