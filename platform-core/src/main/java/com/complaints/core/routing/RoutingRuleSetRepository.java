package com.complaints.core.routing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoutingRuleSetRepository extends JpaRepository<RoutingRuleSet, UUID> {

    Optional<RoutingRuleSet> findFirstByOrderByDocVersionDesc();

    List<RoutingRuleSet> findAllByOrderByDocVersionDesc();
}
