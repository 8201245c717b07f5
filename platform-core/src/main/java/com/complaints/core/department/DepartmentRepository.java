package com.complaints.core.department;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<Department, UUID> {

    Optional<Department> findByCode(String code);

    Optional<Department> findFirstByType(DepartmentType type);

    List<Department> findByCodeIn(Collection<String> codes);

    List<Department> findAllByOrderByCode();

    boolean existsByCode(String code);
}
