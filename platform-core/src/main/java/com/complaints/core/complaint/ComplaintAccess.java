package com.complaints.core.complaint;

import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.util.Lazy;
import org.springframework.stereotype.Component;

import com.complaints.core.department.DepartmentService;
import com.complaints.core.security.StaffPrincipal;

/**
 * Which complaints a staff member may see: SUPERVISOR and TENANT_ADMIN all of their tenant's; an AGENT those of
 * the departments they belong to and those they took in. A complaint one may not see is reported as not found.
 */
@Component
public class ComplaintAccess {

    private final DepartmentService departments;
    private final ComplaintRepository complaints;

    ComplaintAccess(DepartmentService departments, ComplaintRepository complaints) {
        this.departments = departments;
        this.complaints = complaints;
    }

    /**
     * Those of {@code ids} that name complaints the staff member may see: what another feature may show of its
     * links to cases (an agent must not learn that a case of another department exists).
     */
    public Set<UUID> visibleAmong(StaffPrincipal staff, java.util.Collection<UUID> ids) {
        if (ids.isEmpty() || staff.seesWholeTenant()) {
            return Set.copyOf(ids);
        }
        Specification<Complaint> named = (root, query, cb) -> root.get("id").in(ids);
        return complaints.findAll(visibleTo(staff).and(named)).stream().map(Complaint::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** What a staff member may see, for queries outside the database (the search index). */
    public record Visibility(boolean wholeTenant, Set<UUID> departmentIds, String userId) {
    }

    public Visibility visibility(StaffPrincipal staff) {
        return staff.seesWholeTenant() ? new Visibility(true, Set.of(), staff.userId())
                : new Visibility(false, Set.copyOf(departmentsOf(staff)), staff.userId());
    }

    Set<UUID> departmentsOf(StaffPrincipal staff) {
        return departments.departmentIdsOf(staff.userId(), staff.departmentCodes());
    }

    boolean canSee(StaffPrincipal staff, Complaint complaint) {
        return canSee(staff).test(complaint);
    }

    /**
     * The visibility test for many complaints: the caller's departments are looked up once, and only when a case is
     * not the caller's own (a case just taken in by its agent needs no lookup). Follow-up is customer service's task:
     * its members also see every case waiting for its follow-up (RESOLVED, FOLLOW_UP_PENDING).
     */
    public Predicate<VisibleCase> canSee(StaffPrincipal staff) {
        if (staff.seesWholeTenant()) {
            return complaint -> true;
        }
        return seenBy(staff, Lazy.of(() -> scopeOf(staff)));
    }

    /**
     * The same test as {@link #canSee(StaffPrincipal)} with the caller's departments looked up now: for use later on
     * threads that have no tenant bound (the live event stream).
     */
    public Predicate<VisibleCase> canSeeResolvedNow(StaffPrincipal staff) {
        if (staff.seesWholeTenant()) {
            return complaint -> true;
        }
        DepartmentScope scope = scopeOf(staff);
        return seenBy(staff, () -> scope);
    }

    private static Predicate<VisibleCase> seenBy(StaffPrincipal staff, java.util.function.Supplier<DepartmentScope> scope) {
        return complaint -> staff.userId().equals(complaint.createdBy()) || scope.get().sees(complaint);
    }

    private DepartmentScope scopeOf(StaffPrincipal staff) {
        Set<UUID> own = departmentsOf(staff);
        return new DepartmentScope(own, inCustomerService(own));
    }

    /** The cases a staff member sees through departments: theirs, and customer service's follow-ups. */
    private record DepartmentScope(Set<UUID> departmentIds, boolean followsUp) {
        boolean sees(VisibleCase complaint) {
            return (complaint.departmentId() != null && departmentIds.contains(complaint.departmentId()))
                    || (followsUp && FOLLOW_UP.contains(complaint.status()));
        }
    }

    private static final Set<ComplaintStatus> FOLLOW_UP = Set.of(ComplaintStatus.RESOLVED, ComplaintStatus.FOLLOW_UP_PENDING);

    private boolean inCustomerService(Set<UUID> departmentIds) {
        return departmentIds.stream().anyMatch(id -> departments.find(id)
                .map(d -> d.type() == com.complaints.core.department.DepartmentType.CUSTOMER_SERVICE).orElse(false));
    }

    Specification<Complaint> visibleTo(StaffPrincipal staff) {
        if (staff.seesWholeTenant()) {
            return (root, query, cb) -> cb.conjunction();
        }
        DepartmentScope scope = scopeOf(staff);
        Set<UUID> own = scope.departmentIds();
        boolean followsUp = scope.followsUp();
        return (root, query, cb) -> {
            var mine = own.isEmpty()
                    ? cb.equal(root.get("createdBy"), staff.userId())
                    : cb.or(cb.equal(root.get("createdBy"), staff.userId()), root.get("departmentId").in(own));
            return followsUp ? cb.or(mine, root.get("status").in(FOLLOW_UP)) : mine;
        };
    }
}
