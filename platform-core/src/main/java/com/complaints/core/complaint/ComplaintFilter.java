package com.complaints.core.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the complaint list; every one optional ({@code null} or empty: no filter).
 *
 * @param statuses       any of these statuses
 * @param departmentIds  in any of these departments (a queue's "my departments")
 * @param assigneeUserId assigned to this user
 * @param unassigned     {@code true}: assigned to nobody
 * @param updatedFrom    changed at or after this instant
 * @param ownedBy        the user's own: assigned to them, or taken in by them and not handed to a department yet
 */
record ComplaintFilter(Set<ComplaintStatus> statuses, UUID departmentId, String channel, Category category,
                       Instant receivedFrom, Instant receivedTo, Boolean breached, Instant dueBefore,
                       Boolean atRisk, Set<UUID> departmentIds, String assigneeUserId, Boolean unassigned,
                       Instant updatedFrom, String ownedBy) {

    ComplaintFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        departmentIds = departmentIds == null ? null : Set.copyOf(departmentIds);
    }

    boolean filtersClocks() {
        return breached != null || dueBefore != null || atRisk != null;
    }

    /** This filter narrowed by a queue's criteria (the queue's, where both set one). */
    ComplaintFilter and(ComplaintFilter queue) {
        return new ComplaintFilter(queue.statuses.isEmpty() ? statuses : queue.statuses,
                departmentId, channel, category, receivedFrom, receivedTo,
                queue.breached != null ? queue.breached : breached, dueBefore,
                queue.atRisk != null ? queue.atRisk : atRisk,
                queue.departmentIds != null ? queue.departmentIds : departmentIds,
                queue.assigneeUserId != null ? queue.assigneeUserId : assigneeUserId,
                queue.unassigned != null ? queue.unassigned : unassigned,
                queue.updatedFrom != null ? queue.updatedFrom : updatedFrom,
                queue.ownedBy != null ? queue.ownedBy : ownedBy);
    }

    Specification<Complaint> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!statuses.isEmpty()) {
                predicates.add(root.get("status").in(statuses));
            }
            if (departmentId != null) {
                predicates.add(cb.equal(root.get("departmentId"), departmentId));
            }
            if (departmentIds != null) {
                predicates.add(departmentIds.isEmpty() ? cb.disjunction() : root.get("departmentId").in(departmentIds));
            }
            if (assigneeUserId != null) {
                predicates.add(cb.equal(root.get("assigneeUserId"), assigneeUserId));
            }
            if (ownedBy != null) {
                predicates.add(cb.or(cb.equal(root.get("assigneeUserId"), ownedBy),
                        cb.and(cb.equal(root.get("createdBy"), ownedBy), cb.isNull(root.get("departmentId")))));
            }
            if (Boolean.TRUE.equals(unassigned)) {
                predicates.add(cb.isNull(root.get("assigneeUserId")));
            } else if (Boolean.FALSE.equals(unassigned)) {
                predicates.add(cb.isNotNull(root.get("assigneeUserId")));
            }
            if (channel != null) {
                predicates.add(cb.equal(root.get("channel"), channel));
            }
            if (category != null) {
                predicates.add(cb.equal(root.get("category"), category));
            }
            if (receivedFrom != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), receivedFrom));
            }
            if (receivedTo != null) {
                predicates.add(cb.lessThan(root.get("receivedAt"), receivedTo));
            }
            if (updatedFrom != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("updatedAt"), updatedFrom));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
