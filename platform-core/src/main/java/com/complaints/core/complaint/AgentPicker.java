package com.complaints.core.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.complaints.core.department.AssignmentMode;
import com.complaints.core.department.AssignmentPool;
import com.complaints.core.department.DepartmentService;

/**
 * Picks the agent of a department for a case transferred without one, by the department's mode. The department
 * row stays locked until the transaction ends, so two nodes assigning at once see each other's assignments: no
 * agent goes over capacity (open cases, urgent ones counting twice).
 */
@Component
class AgentPicker {

    static final EnumSet<ComplaintStatus> OPEN = EnumSet.of(ComplaintStatus.TRIAGED, ComplaintStatus.ASSIGNED,
            ComplaintStatus.IN_PROGRESS, ComplaintStatus.SOLUTION_PROPOSED, ComplaintStatus.REOPENED);

    private final DepartmentService departments;
    private final ComplaintRepository complaints;
    private final Clock clock;

    AgentPicker(DepartmentService departments, ComplaintRepository complaints, Clock clock) {
        this.departments = departments;
        this.complaints = complaints;
        this.clock = clock;
    }

    Optional<String> pick(UUID departmentId, Urgency urgency) {
        AssignmentPool pool = departments.lockPool(departmentId, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        if (pool.mode() == AssignmentMode.MANUAL || pool.agents().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> load = loads(pool.agents().stream().map(AssignmentPool.Agent::userId).toList());
        int weight = urgency == Urgency.URGENT ? 2 : 1;
        List<AssignmentPool.Agent> agents = pool.agents();
        if (pool.mode() == AssignmentMode.ROUND_ROBIN) {
            for (int step = 0; step < agents.size(); step++) {
                int index = Math.floorMod(pool.cursor() + step, agents.size());
                AssignmentPool.Agent agent = agents.get(index);
                if (load.getOrDefault(agent.userId(), 0) + weight <= agent.capacity()) {
                    departments.advanceRoundRobin(departmentId, index + 1);
                    return Optional.of(agent.userId());
                }
            }
            return Optional.empty();
        }
        return agents.stream()
                .filter(a -> load.getOrDefault(a.userId(), 0) + weight <= a.capacity())
                .min(Comparator.comparingInt((AssignmentPool.Agent a) -> load.getOrDefault(a.userId(), 0))
                        .thenComparing(AssignmentPool.Agent::userId))
                .map(AssignmentPool.Agent::userId);
    }

    private Map<String, Integer> loads(List<String> userIds) {
        Map<String, Integer> load = new HashMap<>();
        for (Object[] row : complaints.openLoad(userIds, OPEN)) {
            int weight = row[1] == Urgency.URGENT ? 2 : 1;
            load.merge((String) row[0], weight * ((Long) row[2]).intValue(), Integer::sum);
        }
        return load;
    }
}
