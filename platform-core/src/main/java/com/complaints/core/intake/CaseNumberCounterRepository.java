package com.complaints.core.intake;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CaseNumberCounterRepository extends JpaRepository<CaseNumberCounter, UUID> {

    /** The current tenant's counter, locked until the transaction ends (the tenant filter picks the row). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CaseNumberCounter c")
    Optional<CaseNumberCounter> lockCurrent();
}
