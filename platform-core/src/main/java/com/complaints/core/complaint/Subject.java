package com.complaints.core.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import com.complaints.plugin.api.SubjectType;

@Embeddable
public record Subject(
        @Enumerated(EnumType.STRING) @Column(name = "subject_type", nullable = false, length = 16) SubjectType type,
        @Column(name = "subject_name", nullable = false, length = 200) String name,
        @Column(name = "subject_reference", length = 100) String reference) {
}
