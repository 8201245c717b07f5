package com.complaints.core.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the complaint list; every one optional. */
record ComplaintFilter(ComplaintStatus status, UUID departmentId, String channel, Category category,
                              Instant receivedFrom, Instant receivedTo, Boolean breached, Instant dueBefore,
                              Boolean atRisk) {

    boolean filtersClocks() {
        return breached != null || dueBefore != null || atRisk != null;
    }

    Specification<Complaint> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            if (departmentId != null) {
                predicates.add(cb.equal(root.get("departmentId"), departmentId));
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
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
