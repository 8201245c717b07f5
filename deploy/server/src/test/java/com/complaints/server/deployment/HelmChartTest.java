package com.complaints.server.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Helm chart, checked without Helm or a cluster (neither can be installed on these machines): its YAML files
 * parse, values.yaml passes values.schema.json (and the schema refuses what it should), every value a template reads
 * is in values.yaml, and every template's blocks are closed. What only a real cluster shows is listed in the README.
 * (The schema validator and the YAML parser are the ones the server uses for plugin configuration schemas.)
 */
class HelmChartTest {

    private static final Path CHART = Path.of("../helm/complaint-platform");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Pattern VALUE = Pattern.compile("\\.Values((?:\\.[A-Za-z][A-Za-z0-9]*)+)");
    private static final Pattern ACTION = Pattern.compile("\\{\\{-?\\s*(if|with|range|define|end)\\b");

    private static JsonNode values() throws IOException {
        return YAML.readTree(CHART.resolve("values.yaml").toFile());
    }

    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JsonMapper.builder().build().readTree(CHART.resolve("values.schema.json").toFile()));
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(CHART.resolve("templates"))) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".tpl")).sorted().toList();
        }
    }

    @Test
    void theChartsYamlParsesAndNamesTheChart() throws IOException {
        JsonNode chart = YAML.readTree(CHART.resolve("Chart.yaml").toFile());
        assertThat(chart.get("apiVersion").asString()).isEqualTo("v2");
        assertThat(chart.get("name").asString()).isEqualTo("complaint-platform");
        assertThat(YAML.readTree(CHART.resolve("files/alerts.yml").toFile()).get("groups").size())
                .as("the alert rules the PrometheusRule carries").isPositive();
    }

    @Test
    void theDefaultValuesPassTheSchema() throws IOException {
        assertThat(schema().validate(values())).isEmpty();
    }

    @Test
    void theSchemaRefusesValuesThatCannotWork() throws IOException {
        Schema schema = schema();
        ObjectNode noPostgres = (ObjectNode) values();
        noPostgres.put("profiles", "default");
        assertThat(schema.validate(noPostgres)).as("a profile set without PostgreSQL").isNotEmpty();
        ObjectNode typo = (ObjectNode) values();
        typo.put("replicas", 3);
        assertThat(schema.validate(typo)).as("an unknown top-level value (a typo)").isNotEmpty();
        ObjectNode badUrl = (ObjectNode) values();
        ((ObjectNode) badUrl.get("database")).put("url", "postgres://db/complaints");
        assertThat(schema.validate(badUrl)).as("a database URL that is no JDBC URL").isNotEmpty();
        ObjectNode sampling = (ObjectNode) values();
        ((ObjectNode) sampling.get("tracing")).put("samplingProbability", 2);
        assertThat(schema.validate(sampling)).as("a sampling probability above 1").isNotEmpty();
    }

    @Test
    void everyValueATemplateReadsIsInValuesYaml() throws IOException {
        JsonNode values = values();
        Set<String> missing = new TreeSet<>();
        int read = 0;
        for (Path template : templates()) {
            Matcher m = VALUE.matcher(Files.readString(template));
            while (m.find()) {
                read++;
                JsonNode node = values;
                for (String part : m.group(1).substring(1).split("\\.")) {
                    node = node == null ? null : node.get(part);
                }
                if (node == null) {
                    missing.add(template.getFileName() + ": .Values" + m.group(1));
                }
            }
        }
        assertThat(read).as("values read by the templates").isGreaterThan(50);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyTemplateClosesItsBlocks() throws IOException {
        for (Path template : templates()) {
            Deque<String> open = new ArrayDeque<>();
            Matcher m = ACTION.matcher(Files.readString(template));
            while (m.find()) {
                if (m.group(1).equals("end")) {
                    assertThat(open).as("%s: an end without a block", template.getFileName()).isNotEmpty();
                    open.pop();
                } else {
                    open.push(m.group(1));
                }
            }
            assertThat(open).as("%s: blocks left open", template.getFileName()).isEmpty();
        }
    }

    @Test
    void theChartHasWhatAnOperatorExpects() throws IOException {
        Set<String> names = new TreeSet<>();
        templates().forEach(t -> names.add(t.getFileName().toString()));
        assertThat(names).contains("deployment.yaml", "migration-job.yaml", "hpa.yaml", "pdb.yaml", "servicemonitor.yaml",
                "networkpolicy.yaml", "service.yaml", "secret.yaml");
        String deployment = Files.readString(CHART.resolve("templates/deployment.yaml"));
        assertThat(deployment).contains("/actuator/health/liveness", "/actuator/health/readiness", "preStop",
                "SPRING_FLYWAY_ENABLED");
        assertThat(Files.readString(CHART.resolve("templates/migration-job.yaml")))
                .contains("helm.sh/hook: pre-install,pre-upgrade", ",migrate");
    }
}
