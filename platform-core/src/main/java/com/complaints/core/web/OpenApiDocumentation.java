package com.complaints.core.web;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI document's frame ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): a title and version,
 * the bearer-JWT scheme every staff operation needs, and the problem-details answer ({@code application/problem+json},
 * RFC 9457, with the field list of a validation error) that every operation gives for a 4xx or 5xx.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocumentation {

    static final String BEARER = "bearer-jwt";
    static final String PROBLEM = "ProblemDetail";

    @Bean
    OpenAPI platformOpenApi(@Value("${complaints.api.version:1.0.0}") String version) {
        return new OpenAPI()
                .info(new Info().title("Complaint platform API")
                        .description("Staff (/api/v1), tenant admin (/api/v1/admin), platform (/api/v1/platform) and"
                                + " public (/public/{tenant}) API of the multi-tenant complaint platform. Errors are"
                                + " RFC 9457 problem details.")
                        .version(version))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT"))
                        .addSchemas(PROBLEM, problemSchema()))
                // relative: the document is the same whichever host and port served it
                .servers(List.of(new Server().url("/").description("this server")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * A {@code JsonNode} in a request or answer (a plugin's settings, its settings schema) is any JSON value, not the
     * node class's getters, which is what the document would otherwise describe.
     */
    @Bean
    @SuppressWarnings("rawtypes")
    OpenApiCustomizer jsonNodesAreAnyJson() {
        return api -> {
            Map<String, Schema> schemas = api.getComponents() == null ? null : api.getComponents().getSchemas();
            if (schemas != null && schemas.containsKey("JsonNode")) {
                schemas.put("JsonNode", new ObjectSchema().additionalProperties(true)
                        .description("Any JSON value (a plugin's settings or settings schema)"));
            }
        };
    }

    /** Every operation documents its error answer as a problem detail. */
    @Bean
    OpenApiCustomizer problemDetailsInOpenApi() {
        return api -> api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getResponses() != null && !operation.getResponses().containsKey("default")) {
                operation.getResponses().addApiResponse("default", new ApiResponse()
                        .description("An error, as RFC 9457 problem details")
                        .content(new Content().addMediaType("application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
            }
        }));
    }

    /**
     * The API writes every property of an answer, {@code null} included (records, no inclusion filter): each schema
     * an answer uses lists all its properties as required, so a generated client knows they are there. Request
     * bodies keep their optional properties.
     */
    @Bean
    @SuppressWarnings("rawtypes")
    OpenApiCustomizer answersHaveEveryProperty() {
        return api -> {
            Map<String, Schema> schemas = api.getComponents() == null || api.getComponents().getSchemas() == null
                    ? Map.of() : api.getComponents().getSchemas();
            java.util.Set<String> answered = new java.util.HashSet<>();
            java.util.Deque<Schema> todo = new java.util.ArrayDeque<>();
            api.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
                if (op.getResponses() != null) {
                    op.getResponses().values().forEach(r -> {
                        if (r.getContent() != null) {
                            r.getContent().values().forEach(m -> {
                                if (m.getSchema() != null) {
                                    todo.add(m.getSchema());
                                }
                            });
                        }
                    });
                }
            }));
            while (!todo.isEmpty()) {
                Schema schema = todo.poll();
                if (schema.get$ref() != null) {
                    String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
                    if (answered.add(name) && schemas.containsKey(name)) {
                        todo.add(schemas.get(name));
                    }
                    continue;
                }
                if (schema.getProperties() != null) {
                    todo.addAll(schema.getProperties().values());
                }
                if (schema.getItems() != null) {
                    todo.add(schema.getItems());
                }
                if (schema.getAdditionalProperties() instanceof Schema values) {
                    todo.add(values);
                }
                if (schema.getAllOf() != null) {
                    todo.addAll(schema.getAllOf());
                }
                if (schema.getOneOf() != null) {
                    todo.addAll(schema.getOneOf());
                }
            }
            answered.stream().filter(schemas::containsKey).map(schemas::get)
                    .filter(schema -> schema.getProperties() != null && !schema.getProperties().isEmpty())
                    .forEach(schema -> schema.setRequired(new java.util.ArrayList<>(schema.getProperties().keySet())));
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.setProperties(Map.of("field", new StringSchema(), "code", new StringSchema(),
                "message", new StringSchema()));
        fieldError.setRequired(List.of("field", "code", "message"));
        ObjectSchema problem = new ObjectSchema();
        problem.setProperties(new java.util.LinkedHashMap<>(Map.<String, Schema>of(
                "type", new StringSchema().format("uri"),
                "title", new StringSchema(),
                "status", new IntegerSchema(),
                "detail", new StringSchema(),
                "instance", new StringSchema(),
                "errors", new ArraySchema().items(fieldError))));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }
}
