package com.complaints.core.department;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DepartmentRepository extends JpaRepository<Department, UUID> {

    Optional<Department> findByCode(String code);

    Optional<Department> findFirstByType(DepartmentType type);

    List<Department> findByCodeIn(Collection<String> codes);

    List<Department> findAllByOrderByCode();

    boolean existsByCode(String code);

    /** The department row locked: assignments to one department happen one after the other, across nodes. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Department d where d.id = :id")
    Optional<Department> lock(UUID id);
}
