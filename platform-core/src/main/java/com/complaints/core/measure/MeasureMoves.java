package com.complaints.core.measure;

import java.util.List;

import com.complaints.core.security.Role;
import com.complaints.core.security.StaffPrincipal;

/**
 * Who may move a measure where: its owner (the user it is assigned to) or a supervisor moves it along its status
 * order; only a supervisor verifies. One rule for the move itself and for the moves a reader is offered.
 */
final class MeasureMoves {

    private MeasureMoves() {
    }

    static boolean mayMove(StaffPrincipal staff, String ownerUserId, MeasureStatus next) {
        boolean owner = staff.userId().equals(ownerUserId);
        return staff.has(Role.SUPERVISOR) || (owner && next != MeasureStatus.VERIFIED);
    }

    /** The statuses this reader may move the measure to now. */
    static List<MeasureStatus> offered(StaffPrincipal staff, MeasureStatus status, String ownerUserId) {
        return status.next().stream().filter(next -> mayMove(staff, ownerUserId, next)).toList();
    }
}
