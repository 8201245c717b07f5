package com.complaints.core.measure;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface MeasureRepository extends JpaRepository<ImprovementMeasure, UUID>, JpaSpecificationExecutor<ImprovementMeasure> {
}
