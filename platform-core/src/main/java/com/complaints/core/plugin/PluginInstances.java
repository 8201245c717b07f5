package com.complaints.core.plugin;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.complaints.core.audit.AdminAuditLog;
import com.complaints.core.shared.ConflictException;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.shared.PreconditionFailedException;
import com.complaints.core.shared.ShortLivedCache;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.plugin.api.ConfigSchema;
import com.complaints.plugin.api.PluginSettings;

/**
 * The tenant's channel and notifier instances: created, configured (validated against the plugin's schema, secrets
 * sealed), enabled and disabled by tenant admins. Everything runs in the caller's tenant: another tenant's
 * instances are invisible, not even their keys can be probed. The enabled instances' subscriptions are kept for 5 s per
 * node (a change on this node drops them at once; one made on another node shows within the 5 s).
 */
@Service
@Transactional
public class PluginInstances {

    private static final Logger log = LoggerFactory.getLogger(PluginInstances.class);
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final PluginInstanceRepository instances;
    private final PluginRegistry registry;
    private final ConfigSchemas schemas;
    private final SecretBox secrets;
    private final NotificationEventCatalogue eventCatalogue;
    private final InstanceHealthRegistry health;
    private final AdminAuditLog audit;
    private final TenantContext tenantContext;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    /** Per tenant and kind: read for every notification, changed by an admin now and then. */
    private final ShortLivedCache<String, List<Subscription>> subscriptions = new ShortLivedCache<>(Duration.ofSeconds(5));

    PluginInstances(PluginInstanceRepository instances, PluginRegistry registry, ConfigSchemas schemas, SecretBox secrets,
                    NotificationEventCatalogue eventCatalogue, InstanceHealthRegistry health, AdminAuditLog audit,
                    TenantContext tenantContext, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.instances = instances;
        this.registry = registry;
        this.schemas = schemas;
        this.secrets = secrets;
        this.eventCatalogue = eventCatalogue;
        this.health = health;
        this.audit = audit;
        this.tenantContext = tenantContext;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** A new instance. {@code settings} holds secrets in clear on the way in only. */
    public record NewInstance(String id, String type, Boolean enabled, JsonNode settings, List<String> events) {
    }

    /** New settings; a secret left out keeps its value, a secret set to null is removed. */
    public record Configuration(JsonNode settings, List<String> events) {
    }

    @Transactional(readOnly = true)
    public List<PluginInstanceView> list(PluginKind kind) {
        return instances.findByKindOrderByKey(kind).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public PluginInstanceView get(PluginKind kind, String key) {
        return view(load(kind, key));
    }

    public PluginInstanceView create(PluginKind kind, NewInstance request, String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (request.id() == null || !KEY.matcher(request.id()).matches()) {
            errors.add(FieldError.of("id", "pattern", KEY.pattern()));
        }
        if (request.type() == null || schema(kind, request.type()).isEmpty()) {
            errors.add(FieldError.of("type", "unknown-plugin-type", String.valueOf(request.type()),
                    String.join(", ", types(kind))));
        }
        throwIfAny(errors);
        if (instances.findByKindAndKey(kind, request.id()).isPresent()) {
            throw new ConflictException("instance-exists", kind.name().toLowerCase() + " " + request.id() + " exists");
        }
        Sealed sealed = seal(kind, request.type(), request.settings(), null, request.events());
        boolean enabled = request.enabled() == null || request.enabled();
        PluginInstance instance = instances.saveAndFlush(new PluginInstance(kind, request.id(), request.type(), enabled,
                sealed.settings(), sealed.secrets(), sealed.events(), clock.instant()));
        audit.record(actor, kind.name() + "_CREATED", request.id(),
                Map.of("type", request.type(), "enabled", enabled));
        publish(instance, false);
        log.info("{} instance created tenant={} instance={} type={}", kind, tenantContext.require(), request.id(), request.type());
        return view(instance);
    }

    public PluginInstanceView configure(PluginKind kind, String key, Long expectedVersion, Configuration request,
                                        String actor) {
        PluginInstance instance = load(kind, key);
        checkVersion(instance, expectedVersion);
        Sealed sealed = seal(kind, instance.type(), request.settings(), instance, request.events());
        instance.configure(sealed.settings(), sealed.secrets(), sealed.events(), clock.instant());
        instances.saveAndFlush(instance);
        audit.record(actor, kind.name() + "_CONFIGURED", key, Map.of("type", instance.type()));
        publish(instance, false);
        return view(instance);
    }

    public PluginInstanceView setEnabled(PluginKind kind, String key, Long expectedVersion, boolean enabled, String actor) {
        PluginInstance instance = load(kind, key);
        checkVersion(instance, expectedVersion);
        instance.setEnabled(enabled, clock.instant());
        instances.saveAndFlush(instance);
        audit.record(actor, kind.name() + (enabled ? "_ENABLED" : "_DISABLED"), key, Map.of());
        publish(instance, false);
        return view(instance);
    }

    public void delete(PluginKind kind, String key, Long expectedVersion, String actor) {
        PluginInstance instance = load(kind, key);
        checkVersion(instance, expectedVersion);
        instances.delete(instance);
        audit.record(actor, kind.name() + "_DELETED", key, Map.of("type", instance.type()));
        publish(instance, true);
    }

    /** The enabled instance with this key, settings decrypted. */
    @Transactional(readOnly = true)
    public Optional<ActiveInstance> active(PluginKind kind, String key) {
        return instances.findByKindAndKey(kind, key).filter(PluginInstance::enabled).map(this::active);
    }

    /** The instance with this key whether enabled or not (for tests of a configuration before enabling it). */
    @Transactional(readOnly = true)
    public Optional<ActiveInstance> configured(PluginKind kind, String key) {
        return instances.findByKindAndKey(kind, key).map(this::active);
    }

    @Transactional(readOnly = true)
    public Optional<ActiveInstance> active(UUID id) {
        return instances.findById(id).filter(PluginInstance::enabled).map(this::active);
    }

    @Transactional(readOnly = true)
    public List<ActiveInstance> activeOfType(PluginKind kind, String type) {
        return instances.findByKindAndTypeAndEnabledTrueOrderByKey(kind, type).stream().map(this::active).toList();
    }

    /** The enabled instances' keys, types and events, without decrypting their settings (for routing events). */
    @Transactional(readOnly = true)
    public List<Subscription> subscriptions(PluginKind kind) {
        return subscriptions.get(tenantContext.require() + "/" + kind, k -> instances.findByKindAndEnabledTrueOrderByKey(kind)
                .stream().map(i -> new Subscription(i.key(), i.type(), i.events())).toList());
    }

    /** An enabled instance's key, type and subscribed events (empty: the kind's defaults). */
    public record Subscription(String key, String type, List<String> events) {
    }

    @Transactional(readOnly = true)
    public Optional<String> cursor(PluginKind kind, String key) {
        return instances.findByKindAndKey(kind, key).map(PluginInstance::cursor);
    }

    public void saveCursor(PluginKind kind, String key, String cursor) {
        instances.findByKindAndKey(kind, key).ifPresent(i -> i.saveCursor(cursor));
    }

    private ActiveInstance active(PluginInstance i) {
        Map<String, Object> values = new LinkedHashMap<>(json.readValue(i.settings(), MAP));
        if (i.secrets() != null) {
            values.putAll(json.readValue(secrets.decrypt(i.secrets()), MAP));
        }
        return new ActiveInstance(i.id(), i.kind(), i.key(), i.type(), PluginSettings.of(values), i.events());
    }

    private record Sealed(String settings, String secrets, List<String> events) {
    }

    private Sealed seal(PluginKind kind, String type, JsonNode input, PluginInstance existing, List<String> requestedEvents) {
        ConfigSchema schema = schema(kind, type).orElseThrow(() -> new InvalidInputException("type", "plugin-unavailable", type));
        if (input != null && !input.isNull() && !input.isObject()) {
            throw new InvalidInputException("settings", "object");
        }
        Set<String> secretKeys = schemas.secrets(schema);
        ObjectNode plain = json.createObjectNode();
        ObjectNode secret = json.createObjectNode();
        if (existing != null && existing.secrets() != null) {
            secret = (ObjectNode) json.readTree(secrets.decrypt(existing.secrets()));
        }
        if (input != null && input.isObject()) {
            for (var entry : input.properties()) {
                if (secretKeys.contains(entry.getKey())) {
                    if (entry.getValue().isNull()) {
                        secret.remove(entry.getKey());
                    } else {
                        secret.set(entry.getKey(), entry.getValue());
                    }
                } else if (!entry.getValue().isNull()) {
                    plain.set(entry.getKey(), entry.getValue());
                }
            }
        }
        ObjectNode merged = plain.deepCopy();
        merged.setAll(secret);
        List<FieldError> errors = new ArrayList<>(schemas.validate(schema, merged));
        List<String> events = List.of();
        if (kind == PluginKind.NOTIFIER && requestedEvents != null) {
            Set<String> known = eventCatalogue.events();
            Set<String> chosen = new LinkedHashSet<>();
            for (String event : requestedEvents) {
                if (!known.contains(event)) {
                    errors.add(FieldError.of("events", "unknown-event", String.valueOf(event), String.join(", ", known)));
                } else {
                    chosen.add(event);
                }
            }
            events = List.copyOf(chosen);
        }
        throwIfAny(errors);
        return new Sealed(json.writeValueAsString(plain), secret.isEmpty() ? null : secrets.encrypt(json.writeValueAsString(secret)),
                events);
    }

    private Optional<ConfigSchema> schema(PluginKind kind, String type) {
        return kind == PluginKind.CHANNEL
                ? registry.channel(type).map(o -> o.extension().configSchema())
                : registry.notifier(type).map(o -> o.extension().configSchema());
    }

    private Set<String> types(PluginKind kind) {
        return kind == PluginKind.CHANNEL ? registry.channelTypes() : registry.notifierTypes();
    }

    private PluginInstance load(PluginKind kind, String key) {
        return instances.findByKindAndKey(kind, key)
                .orElseThrow(() -> new NotFoundException(kind == PluginKind.CHANNEL ? "channel" : "notifier"));
    }

    private static void checkVersion(PluginInstance instance, Long expected) {
        if (expected != null && expected != instance.version()) {
            throw new PreconditionFailedException(expected, instance.version());
        }
    }

    private void publish(PluginInstance i, boolean deleted) {
        subscriptions.invalidate(tenantContext.require() + "/" + i.kind());
        events.publishEvent(new PluginInstanceChanged(i.kind(), i.id(), i.key(), i.type(), i.enabled() && !deleted, deleted));
    }

    private PluginInstanceView view(PluginInstance i) {
        Set<String> secretsSet = i.secrets() == null ? Set.of()
                : Set.copyOf(json.readValue(secrets.decrypt(i.secrets()), MAP).keySet());
        boolean available = schema(i.kind(), i.type()).isPresent();
        String tenant = tenantContext.require();
        String endpoint = i.kind() == PluginKind.CHANNEL ? "/channels/" + tenant + "/" + i.key() + "/" : null;
        return new PluginInstanceView(i.key(), i.type(), i.enabled(), available, json.readValue(i.settings(), MAP),
                secretsSet, i.events(), endpoint, health.health(i.kind(), tenant, i.key()), i.version(), i.createdAt(),
                i.updatedAt());
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
