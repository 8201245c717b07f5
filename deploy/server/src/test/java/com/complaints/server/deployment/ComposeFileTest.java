package com.complaints.server.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The compose file, checked as far as a machine without a Docker engine allows: it parses, runs the whole stack with
 * health checks and start-up order, mounts files that exist, runs the same Elasticsearch and Keycloak versions the
 * tests run, and its HAProxy configuration passes {@code haproxy -c}.
 */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("../compose");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private static JsonNode compose() throws IOException {
        return YAML.readTree(COMPOSE.resolve("compose.yaml").toFile());
    }

    private static JsonNode services() throws IOException {
        return compose().get("services");
    }

    /**
     * A service's key; the two nodes are the {@code x-node} extension merged in ({@code <<: *node}, a merge key the
     * YAML parser here does not resolve), checked as written.
     */
    private static JsonNode field(String service, String name) throws IOException {
        if (service.startsWith("node")) {
            assertThat(Files.readString(COMPOSE.resolve("compose.yaml"))).contains("  " + service + ":\n    <<: *node\n");
            return compose().get("x-node").get(name);
        }
        return services().get(service).get(name);
    }

    private static String pomProperty(String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)<").matcher(Files.readString(Path.of("../../pom.xml")));
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    @Test
    void theWholeStackWithHealthChecksAndStartUpOrder() throws IOException {
        JsonNode services = services();
        Set<String> names = new TreeSet<>();
        services.propertyNames().forEach(names::add);
        assertThat(names).containsExactlyInAnyOrder("postgres", "redis", "elasticsearch", "keycloak", "migrate",
                "node1", "node2", "balancer");
        for (String name : names) {
            if (!name.equals("migrate") && !name.equals("balancer")) {
                assertThat(field(name, "healthcheck")).as("%s has a health check", name).isNotNull();
            }
        }
        assertThat(field("node1", "depends_on").get("migrate").get("condition").asString())
                .isEqualTo("service_completed_successfully");
        assertThat(field("node2", "environment").get("SPRING_FLYWAY_ENABLED").asString()).isEqualTo("false");
        assertThat(services.get("migrate").get("environment").get("SPRING_PROFILES_ACTIVE").asString()).endsWith(",migrate");
        assertThat(services.get("balancer").get("depends_on").get("node2").get("condition").asString())
                .isEqualTo("service_healthy");
    }

    @Test
    void mountedFilesExistAndVersionsMatchTheTests() throws IOException {
        JsonNode services = services();
        for (String name : new String[] {"postgres", "keycloak", "balancer"}) {
            for (JsonNode volume : services.get(name).get("volumes")) {
                String source = volume.asString().split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(COMPOSE.resolve(source)).as("%s mounts %s", name, source).exists();
                }
            }
        }
        assertThat(services.get("elasticsearch").get("image").asString()).endsWith(":" + pomProperty("elasticsearch.server.version"));
        assertThat(services.get("keycloak").get("image").asString()).endsWith(":" + pomProperty("keycloak.server.version"));
        assertThat(Files.readString(Path.of("../docker/Dockerfile"))).contains("complaint-platform-server.jar", "USER 10001");
    }

    @Test
    void theBalancersConfigurationIsValid() throws Exception {
        Path haproxy = Path.of("/usr/sbin/haproxy");
        assertThat(haproxy).as("HAProxy (Debian's package): run deploy/local/tools.sh").isExecutable();
        Process check = new ProcessBuilder(haproxy.toString(), "-c", "-f", COMPOSE.resolve("haproxy.cfg").toString())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
    }
}
