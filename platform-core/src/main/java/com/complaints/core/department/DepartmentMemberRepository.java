package com.complaints.core.department;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentMemberRepository extends JpaRepository<DepartmentMember, UUID> {

    List<DepartmentMember> findByDepartmentIdOrderByUserId(UUID departmentId);

    List<DepartmentMember> findByUserId(String userId);

    Optional<DepartmentMember> findByDepartmentIdAndUserId(UUID departmentId, String userId);

    boolean existsByDepartmentId(UUID departmentId);
}
