package com.complaints.core.routing;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoutingSettingsRepository extends JpaRepository<RoutingSettings, UUID> {

    Optional<RoutingSettings> findFirstBy();
}
