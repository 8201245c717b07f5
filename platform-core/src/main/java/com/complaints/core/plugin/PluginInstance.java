package com.complaints.core.plugin;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.tenancy.TenantOwnedEntity;

/**
 * A tenant's instance of a channel or notifier type: its key (the {@code channelId} in channel URLs), whether it
 * is enabled, its settings (secrets sealed apart), the events a notifier takes, and a pull channel's cursor.
 */
@Entity
@Table(name = "plugin_instances")
class PluginInstance extends TenantOwnedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private PluginKind kind;

    @Column(name = "instance_key", nullable = false, length = 40)
    private String key;

    @Column(name = "type", nullable = false, length = 32)
    private String type;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "settings", nullable = false, length = 20000)
    private String settings;

    @Column(name = "secrets", length = 20000)
    private String secrets;

    @Column(name = "events", length = 2000)
    private String events;

    @Column(name = "cursor_value", length = 2000)
    private String cursor;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PluginInstance() {
    }

    PluginInstance(PluginKind kind, String key, String type, boolean enabled, String settings, String secrets,
                   List<String> events, Instant now) {
        super(UUID.randomUUID());
        this.kind = kind;
        this.key = key;
        this.type = type;
        this.enabled = enabled;
        this.settings = settings;
        this.secrets = secrets;
        this.events = join(events);
        this.createdAt = now;
        this.updatedAt = now;
    }

    void configure(String settings, String secrets, List<String> events, Instant now) {
        this.settings = settings;
        this.secrets = secrets;
        this.events = join(events);
        this.updatedAt = now;
    }

    void setEnabled(boolean enabled, Instant now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    void saveCursor(String cursor) {
        this.cursor = cursor;
    }

    PluginKind kind() {
        return kind;
    }

    String key() {
        return key;
    }

    String type() {
        return type;
    }

    boolean enabled() {
        return enabled;
    }

    String settings() {
        return settings;
    }

    String secrets() {
        return secrets;
    }

    List<String> events() {
        return events == null || events.isBlank() ? List.of() : Arrays.asList(events.split(","));
    }

    String cursor() {
        return cursor;
    }

    long version() {
        return version;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    private static String join(List<String> events) {
        return events == null || events.isEmpty() ? null : String.join(",", events);
    }
}
