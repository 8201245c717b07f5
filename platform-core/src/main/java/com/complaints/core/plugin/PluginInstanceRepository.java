package com.complaints.core.plugin;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PluginInstanceRepository extends JpaRepository<PluginInstance, UUID> {

    Optional<PluginInstance> findByKindAndKey(PluginKind kind, String key);

    List<PluginInstance> findByKindOrderByKey(PluginKind kind);

    List<PluginInstance> findByKindAndTypeAndEnabledTrueOrderByKey(PluginKind kind, String type);

    List<PluginInstance> findByKindAndEnabledTrueOrderByKey(PluginKind kind);
}
