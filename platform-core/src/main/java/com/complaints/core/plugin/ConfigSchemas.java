package com.complaints.core.plugin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.plugin.api.ConfigSchema;

/**
 * The JSON Schemas (draft 2020-12) plugins declare for their settings: compiled once, used to validate a tenant's
 * settings, and read for the properties marked {@code writeOnly} (the secrets).
 */
@Component
class ConfigSchemas {

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();
    private final JsonMapper json;

    ConfigSchemas(JsonMapper json) {
        this.json = json;
    }

    private record Compiled(Schema schema, Set<String> secrets) {
    }

    /** Compiles a schema (or fails with why it is not one). */
    void compile(ConfigSchema schema) {
        get(schema);
    }

    /** The top-level properties the schema marks {@code writeOnly}: they are stored encrypted, never returned. */
    Set<String> secrets(ConfigSchema schema) {
        return get(schema).secrets();
    }

    /** Validation errors of settings against the schema, each as a field error under {@code settings.}. */
    List<FieldError> validate(ConfigSchema schema, JsonNode settings) {
        List<FieldError> errors = new ArrayList<>();
        for (var error : get(schema).schema().validate(settings)) {
            String location = error.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
            String property = error.getProperty();
            String field = "settings" + (location.isEmpty() ? "" : "." + location)
                    + (property != null && !location.endsWith(property) ? "." + property : "");
            errors.add(FieldError.of(field, "schema", error.getMessage()));
        }
        return errors;
    }

    private Compiled get(ConfigSchema schema) {
        return compiled.computeIfAbsent(schema.json(), text -> {
            JsonNode node = json.readTree(text);
            if (!node.isObject()) {
                throw new IllegalArgumentException("a configuration schema must be a JSON object");
            }
            Set<String> secrets = new LinkedHashSet<>();
            JsonNode properties = node.path("properties");
            for (var entry : properties.properties()) {
                if (entry.getValue().path("writeOnly").asBoolean(false)) {
                    secrets.add(entry.getKey());
                }
            }
            return new Compiled(registry.getSchema(node), Set.copyOf(secrets));
        });
    }
}
