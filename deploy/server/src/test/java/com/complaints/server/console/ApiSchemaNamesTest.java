package com.complaints.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The OpenAPI document names a schema after the Java type's simple name, so two request or answer records with the
 * same simple name (two nested {@code Draft}s, say) silently become one schema, and the generated client then sends
 * the wrong body. Every record a controller reads or answers must have a schema name of its own: rename it or give
 * it {@code @Schema(name = …)}.
 */
class ApiSchemaNamesTest {

    @Test
    void everyApiRecordHasASchemaNameOfItsOwn() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Set<Class<?>> seen = new HashSet<>();
        Deque<Type> todo = new ArrayDeque<>();
        for (var candidate : scanner.findCandidateComponents("com.complaints")) {
            Class<?> controller = Class.forName(candidate.getBeanClassName());
            for (Method method : controller.getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    continue;
                }
                todo.add(method.getGenericReturnType());
                for (var parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        todo.add(parameter.getParameterizedType());
                    }
                }
            }
        }
        while (!todo.isEmpty()) {
            Type type = todo.pop();
            if (type instanceof ParameterizedType parameterized) {
                todo.addAll(java.util.List.of(parameterized.getActualTypeArguments()));
                todo.add(parameterized.getRawType());
            } else if (type instanceof Class<?> cls && cls.getName().startsWith("com.complaints.") && seen.add(cls)) {
                if (cls.isRecord()) {
                    for (RecordComponent component : cls.getRecordComponents()) {
                        todo.add(component.getGenericType());
                    }
                }
            }
        }
        Map<String, Set<String>> byName = new TreeMap<>();
        for (Class<?> cls : seen) {
            if (!cls.isRecord() && !cls.isEnum()) {
                continue;
            }
            Schema schema = cls.getAnnotation(Schema.class);
            String name = schema != null && !schema.name().isBlank() ? schema.name() : cls.getSimpleName();
            byName.computeIfAbsent(name, n -> new TreeSet<>()).add(cls.getName());
        }
        assertThat(byName.entrySet().stream().filter(e -> e.getValue().size() > 1 && !allEnums(e.getValue())).toList())
                .as("schema names shared by different API types").isEmpty();
    }

    /** Enums are inlined in the document, so a shared simple name does no harm there. */
    private static boolean allEnums(Set<String> classNames) {
        return classNames.stream().allMatch(name -> {
            try {
                return Class.forName(name).isEnum();
            } catch (ClassNotFoundException e) {
                return false;
            }
        });
    }
}
