package com.complaints.core.retention;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionPolicyRepository extends JpaRepository<RetentionPolicy, UUID> {

    /** The tenant's one policy (the tenant filter leaves only the bound tenant's row). */
    Optional<RetentionPolicy> findFirstBy();
}
