package com.complaints.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.complaints.server.support.Api;
import com.complaints.server.support.PluginDirectory;
import com.complaints.server.support.ServerNodes;
import com.complaints.server.support.TestPostgres;

/**
 * The release step of a deployment (the chart's migration Job): the built server jar on the {@code postgres,migrate}
 * profiles migrates an empty database and exits 0; nodes then start with Flyway off and serve on that schema.
 */
class MigrationRunIT {

    private static final Path JAR = Path.of("target/complaint-platform-server.jar");

    @Test
    void theMigrateProfileMigratesOnceAndExitsThenNodesStartWithFlywayOff() throws Exception {
        assertThat(JAR).as("the server jar (built by the package phase)").exists();
        TestPostgres.Database db = TestPostgres.separateDatabase("migration_run");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString(), "--spring.profiles.active=postgres,migrate",
                "--complaints.plugins.dir=" + PluginDirectory.builtIn()));
        command.addAll(List.of(db.nodeArguments()));
        Path output = Path.of("target/migration-run.log");
        Process run = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = run.waitFor(3, TimeUnit.MINUTES);
        String log = Files.readString(output);
        if (!finished) {
            run.destroyForcibly();
        }
        assertThat(finished).as("the migration run ends by itself:%n%s", tail(log)).isTrue();
        assertThat(run.exitValue()).as("exit code; output:%n%s", tail(log)).isZero();
        assertThat(log).contains("schema migrated to version").doesNotContain("deadline timers started");

        try (var connection = DriverManager.getConnection(db.jdbcUrl(), TestPostgres.OWNER, TestPostgres.OWNER_PASSWORD);
             var rows = connection.createStatement().executeQuery(
                     "select count(*), bool_and(success) from flyway_schema_history")) {
            rows.next();
            assertThat(rows.getInt(1)).as("migrations recorded").isGreaterThan(20);
            assertThat(rows.getBoolean(2)).as("all succeeded").isTrue();
        }

        try (ServerNodes nodes = new ServerNodes(db, "complaints:it:migration:" + ProcessHandle.current().pid())) {
            var node = nodes.start(Map.of("spring.flyway.enabled", "false",
                    "complaints.plugins.dir", PluginDirectory.builtIn().toString()), context -> { });
            Api api = new Api(ServerNodes.port(node));
            String operator = api.token("platform", "ops", "PLATFORM_OPERATOR", null);
            assertThat(api.post("/api/v1/platform/tenants", operator, Map.of("slug", "migrated", "displayName", "Migrated",
                    "timeZone", "Asia/Shanghai", "locale", "zh-CN")).status()).isEqualTo(201);
            assertThat(api.get("/api/v1/complaints", api.token("migrated", "a", "AGENT", null)).status()).isEqualTo(200);
        }
    }

    private static String tail(String log) {
        return log.length() > 6000 ? log.substring(log.length() - 6000) : log;
    }
}
