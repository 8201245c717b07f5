package com.complaints.core.view;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.security.CurrentStaff;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** {@code /api/v1/saved-views} (AGENT+): the reader's saved views of the case list and those shared with the tenant. */
@RestController
@RequestMapping("/api/v1/saved-views")
class SavedViewController {

    private final SavedViews views;
    private final CurrentStaff currentStaff;

    SavedViewController(SavedViews views, CurrentStaff currentStaff) {
        this.views = views;
        this.currentStaff = currentStaff;
    }

    @GetMapping
    List<SavedViews.View> list() {
        return views.list(currentStaff.get());
    }

    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<SavedViews.View> create(@RequestBody SavedViews.Draft draft) {
        SavedViews.View view = views.create(currentStaff.get(), draft);
        return ResponseEntity.created(URI.create("/api/v1/saved-views/" + view.id())).body(view);
    }

    @PutMapping("/{id}")
    SavedViews.View update(@PathVariable UUID id, @RequestBody SavedViews.Draft draft) {
        return views.update(currentStaff.get(), id, draft);
    }

    @ApiResponse(responseCode = "204", description = "Done; no content")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        views.delete(currentStaff.get(), id);
        return ResponseEntity.noContent().build();
    }
}
