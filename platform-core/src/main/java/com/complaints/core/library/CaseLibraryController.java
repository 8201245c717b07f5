package com.complaints.core.library;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.security.CurrentStaff;
import com.complaints.core.web.ETags;
import com.complaints.core.web.PageResponse;
import com.complaints.core.web.Paging;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code /api/v1/case-library}: every agent reads and searches ({@code q}, {@code tag}, {@code kind}); supervisors
 * mark closed cases as typical ({@code POST}), describe them ({@code PUT}) and take them out ({@code DELETE}).
 */
@RestController
@RequestMapping("/api/v1/case-library")
class CaseLibraryController {

    private final CaseLibrary library;
    private final CurrentStaff currentStaff;

    CaseLibraryController(CaseLibrary library, CurrentStaff currentStaff) {
        this.library = library;
        this.currentStaff = currentStaff;
    }

    @GetMapping
    PageResponse<LibraryCaseView> search(@RequestParam(required = false) String q, @RequestParam(required = false) String tag,
                                         @RequestParam(required = false) LibraryCaseKind kind,
                                         @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResponse.of(library.search(q, tag, kind, Paging.of(page, size, null, Set.of(),
                Sort.by(Sort.Direction.DESC, "markedAt").and(Sort.by("id")))));
    }

    @GetMapping("/{id}")
    ResponseEntity<LibraryCaseView> get(@PathVariable UUID id) {
        LibraryCaseView view = library.get(id);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<LibraryCaseView> mark(@RequestBody CaseLibrary.Marking body) {
        LibraryCaseView view = library.mark(currentStaff.get(), body);
        return ResponseEntity.created(URI.create("/api/v1/case-library/" + view.id())).eTag(ETags.of(view.version())).body(view);
    }

    @PutMapping("/{id}")
    ResponseEntity<LibraryCaseView> describe(@PathVariable UUID id, @RequestBody CaseLibrary.Marking body,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        LibraryCaseView view = library.describe(currentStaff.get(), id, ETags.expectedVersion(ifMatch), body);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view);
    }

    @ApiResponse(responseCode = "204", description = "Done; no content")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        library.remove(currentStaff.get(), id);
        return ResponseEntity.noContent().build();
    }
}
