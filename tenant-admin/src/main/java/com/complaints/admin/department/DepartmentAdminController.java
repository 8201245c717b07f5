package com.complaints.admin.department;

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

import com.complaints.core.department.DepartmentService;
import com.complaints.core.department.DepartmentService.DepartmentDraft;
import com.complaints.core.department.DepartmentView;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** {@code /api/v1/admin/departments} (TENANT_ADMIN): departments, their head and members. */
@RestController
@RequestMapping("/api/v1/admin/departments")
class DepartmentAdminController {

    private final DepartmentService departments;

    DepartmentAdminController(DepartmentService departments) {
        this.departments = departments;
    }

    @GetMapping
    List<DepartmentView> list() {
        return departments.list();
    }

    @GetMapping("/{id}")
    DepartmentView get(@PathVariable UUID id) {
        return departments.get(id);
    }

    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<DepartmentView> create(@RequestBody DepartmentDraft body) {
        DepartmentView created = departments.create(body);
        return ResponseEntity.created(URI.create("/api/v1/admin/departments/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    DepartmentView update(@PathVariable UUID id, @RequestBody DepartmentUpdate body) {
        return departments.update(id, new DepartmentDraft(null, body.nameZh(), body.nameEn(), body.headUserId()));
    }

    @ApiResponse(responseCode = "204", description = "Done; no content")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        departments.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/members")
    DepartmentView addMember(@PathVariable UUID id, @RequestBody NewMember body) {
        return departments.addMember(id, body.userId());
    }

    @DeleteMapping("/{id}/members/{userId}")
    DepartmentView removeMember(@PathVariable UUID id, @PathVariable String userId) {
        return departments.removeMember(id, userId);
    }

    /** A department's names and head; its code and type are fixed. */
    record DepartmentUpdate(String nameZh, String nameEn, String headUserId) {
    }

    record NewMember(String userId) {
    }
}
