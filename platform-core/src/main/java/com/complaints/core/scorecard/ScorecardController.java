package com.complaints.core.scorecard;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.security.CurrentStaff;

/**
 * {@code /api/v1/scorecards}: {@code /agents} (supervisors: all; agents: their own) and {@code /departments}
 * (supervisors), over cases received between {@code from} and {@code to} (default: this month so far).
 */
@RestController
@RequestMapping("/api/v1/scorecards")
class ScorecardController {

    private final Scorecards scorecards;
    private final CurrentStaff currentStaff;

    ScorecardController(Scorecards scorecards, CurrentStaff currentStaff) {
        this.scorecards = scorecards;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/agents")
    Scorecards.Cards agents(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return scorecards.agents(currentStaff.get(), from, to);
    }

    @GetMapping("/departments")
    Scorecards.Cards departments(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return scorecards.departments(currentStaff.get(), from, to);
    }
}
