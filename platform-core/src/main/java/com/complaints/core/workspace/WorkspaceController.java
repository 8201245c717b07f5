package com.complaints.core.workspace;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.department.DepartmentService;
import com.complaints.core.department.DepartmentView;
import com.complaints.core.security.CurrentStaff;
import com.complaints.core.security.Role;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.core.tenancy.TenantView;

/**
 * {@code GET /api/v1/workspace}: what a staff member's screens need to know of them before anything else: their
 * tenant (name, time zone, locale), who they are, their roles, their departments, and the tenant's departments (the
 * targets of a transfer).
 */
@RestController
class WorkspaceController {

    private final CurrentStaff currentStaff;
    private final TenantDirectory tenants;
    private final DepartmentService departments;

    WorkspaceController(CurrentStaff currentStaff, TenantDirectory tenants, DepartmentService departments) {
        this.currentStaff = currentStaff;
        this.tenants = tenants;
        this.departments = departments;
    }

    /** The staff member's workspace. */
    public record Workspace(TenantSummary tenant, String userId, Set<Role> roles, boolean supervisor,
                            Set<UUID> myDepartmentIds, List<DepartmentSummary> departments) {
    }

    public record TenantSummary(String slug, String displayName, String timeZone, String locale) {
    }

    public record DepartmentSummary(UUID id, String code, String type, String nameZh, String nameEn,
                                    List<String> members) {
    }

    @GetMapping("/api/v1/workspace")
    @Transactional(readOnly = true)
    Workspace workspace() {
        var staff = currentStaff.get();
        TenantView tenant = tenants.find(staff.tenant()).orElseThrow(() -> new NotFoundException("tenant"));
        List<DepartmentSummary> all = departments.list().stream().map(WorkspaceController::summary).toList();
        return new Workspace(new TenantSummary(tenant.slug(), tenant.displayName(), tenant.timeZone(), tenant.locale()),
                staff.userId(), staff.roles(), staff.seesWholeTenant(),
                departments.departmentIdsOf(staff.userId(), staff.departmentCodes()), all);
    }

    private static DepartmentSummary summary(DepartmentView d) {
        return new DepartmentSummary(d.id(), d.code(), d.type().name(), d.nameZh(), d.nameEn(), d.members());
    }
}
