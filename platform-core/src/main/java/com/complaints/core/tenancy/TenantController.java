package com.complaints.core.tenancy;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.shared.NotFoundException;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Platform API (PLATFORM_OPERATOR): provision, list, suspend and resume tenants. */
@RestController
@RequestMapping("/api/v1/platform/tenants")
class TenantController {

    private final TenantDirectory directory;

    TenantController(TenantDirectory directory) {
        this.directory = directory;
    }

    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<TenantView> create(@RequestBody TenantDirectory.NewTenant body) {
        TenantView created = directory.create(body);
        return ResponseEntity.created(URI.create("/api/v1/platform/tenants/" + created.slug())).body(created);
    }

    @GetMapping
    List<TenantView> list() {
        return directory.list();
    }

    @GetMapping("/{slug}")
    TenantView get(@PathVariable String slug) {
        return directory.find(slug).orElseThrow(() -> new NotFoundException("tenant"));
    }

    @PostMapping("/{slug}/suspend")
    TenantView suspend(@PathVariable String slug) {
        return directory.suspend(slug);
    }

    @PostMapping("/{slug}/resume")
    TenantView resume(@PathVariable String slug) {
        return directory.resume(slug);
    }
}
