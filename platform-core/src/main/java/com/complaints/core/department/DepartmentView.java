package com.complaints.core.department;

import java.util.List;
import java.util.UUID;

public record DepartmentView(UUID id, String code, DepartmentType type, String nameZh, String nameEn,
                             String headUserId, List<String> members, AssignmentMode assignmentMode, long version) {
}
