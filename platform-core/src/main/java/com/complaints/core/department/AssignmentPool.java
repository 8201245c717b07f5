package com.complaints.core.department;

import java.util.List;
import java.util.UUID;

/** A department locked for an assignment: its mode, round-robin cursor and the members available today. */
public record AssignmentPool(UUID departmentId, AssignmentMode mode, int cursor, List<Agent> agents) {

    public AssignmentPool {
        agents = List.copyOf(agents);
    }

    public record Agent(String userId, int capacity) {
    }
}
