package com.complaints.core.measure;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureCaseRepository extends JpaRepository<MeasureCase, UUID> {

    List<MeasureCase> findByMeasureIdIn(Collection<UUID> measureIds);

    List<MeasureCase> findByMeasureId(UUID measureId);
}
