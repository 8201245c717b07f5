package com.complaints.core.complaint;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.complaints.core.security.Role;
import com.complaints.core.security.StaffPrincipal;

/**
 * The actions a staff member may take on a case now: the aggregate's own guards (its {@link LifecycleAction}s and
 * predicates) plus the role rules of {@link ComplaintService}, asked rather than restated.
 */
@Component
class CaseActions {

    private final ComplaintAccess access;

    CaseActions(ComplaintAccess access) {
        this.access = access;
    }

    List<CaseAction> allowed(StaffPrincipal staff, Complaint c, UUID pendingHandoverDepartment) {
        ComplaintStatus status = c.status();
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        if (LifecycleAction.TRIAGE.allowedFrom(status) || LifecycleAction.ASSESS.allowedFrom(status)) {
            actions.add(CaseAction.TRIAGE);
        }
        if (LifecycleAction.RESOLVE_ON_THE_SPOT.allowedFrom(status) && c.isSimple()) {
            actions.add(CaseAction.RESOLVE);
        }
        if (LifecycleAction.TRANSFER.allowedFrom(status)) {
            actions.add(CaseAction.TRANSFER);
        }
        if (LifecycleAction.ACKNOWLEDGE_TRANSFER.allowedFrom(status) && pendingHandoverDepartment != null
                && mayAcknowledge(staff, pendingHandoverDepartment)) {
            actions.add(CaseAction.ACKNOWLEDGE);
        }
        if (LifecycleAction.RECORD_PROGRESS.allowedFrom(status)) {
            actions.add(CaseAction.RECORD_PROGRESS);
        }
        if (LifecycleAction.PROPOSE_SOLUTION.allowedFrom(status)) {
            actions.add(CaseAction.PROPOSE_SOLUTION);
        }
        if (LifecycleAction.ACCEPT_SOLUTION.allowedFrom(status)) {
            actions.add(CaseAction.RECORD_SOLUTION_ANSWER);
        }
        if (LifecycleAction.FOLLOW_UP_SATISFIED.allowedFrom(status)) {
            actions.add(CaseAction.FOLLOW_UP);
        }
        if (c.isWaiting()) {
            actions.add(CaseAction.RESUME);
        } else if (c.isWaitable()) {
            actions.add(CaseAction.PAUSE);
        }
        if (staff.seesWholeTenant() && c.isAssignable()) {
            actions.add(CaseAction.ASSIGN);
        }
        if (LifecycleAction.MERGE.allowedFrom(status)) {
            actions.add(CaseAction.MERGE);
        }
        if (LifecycleAction.REOPEN.allowedFrom(status) && staff.has(Role.SUPERVISOR)) {
            actions.add(CaseAction.REOPEN);
        }
        if (LifecycleAction.REJECT.allowedFrom(status)) {
            actions.add(CaseAction.REJECT);
        }
        if (LifecycleAction.WITHDRAW.allowedFrom(status)) {
            actions.add(CaseAction.WITHDRAW);
        }
        if (c.takesAttachments()) {
            actions.add(CaseAction.ATTACH);
        }
        return List.copyOf(actions);
    }

    /** Only the receiving department (or a supervisor) acknowledges a handover; the same test as the action's. */
    boolean mayAcknowledge(StaffPrincipal staff, UUID receivingDepartment) {
        return staff.seesWholeTenant() || access.departmentsOf(staff).contains(receivingDepartment);
    }
}
