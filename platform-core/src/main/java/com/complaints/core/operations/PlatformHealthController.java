package com.complaints.core.operations;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/platform/health} (PLATFORM_OPERATOR): the platform's health as {@link PlatformHealth} reads it. */
@RestController
@RequestMapping("/api/v1/platform/health")
class PlatformHealthController {

    private final PlatformHealth health;

    PlatformHealthController(PlatformHealth health) {
        this.health = health;
    }

    @GetMapping
    PlatformHealth.Report health() {
        return health.report();
    }
}
