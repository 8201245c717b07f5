package com.complaints.admin.department;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.department.AssignmentMode;
import com.complaints.core.department.Availability;
import com.complaints.core.department.DepartmentService;
import com.complaints.core.department.DepartmentView;

/**
 * Assignment settings (TENANT_ADMIN): a department's mode ({@code PUT /api/v1/admin/departments/{id}/assignment})
 * and agents' availability and capacity ({@code /api/v1/admin/agents}).
 */
@RestController
class AgentAdminController {

    private final DepartmentService departments;

    AgentAdminController(DepartmentService departments) {
        this.departments = departments;
    }

    @PutMapping("/api/v1/admin/departments/{id}/assignment")
    DepartmentView assignment(@PathVariable UUID id, @RequestBody Mode body) {
        return departments.setAssignmentMode(id, body.mode());
    }

    @GetMapping("/api/v1/admin/agents")
    List<DepartmentService.AgentView> agents() {
        return departments.agents();
    }

    @PutMapping("/api/v1/admin/agents/{userId}")
    DepartmentService.AgentView agent(@PathVariable String userId, @RequestBody Agent body) {
        return departments.setAgent(userId, body.availability(), body.onLeaveUntil(), body.capacity());
    }

    record Mode(AssignmentMode mode) {
    }

    record Agent(Availability availability, LocalDate onLeaveUntil, Integer capacity) {
    }
}
