package com.complaints.core.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages of the core as Spring Modulith application modules: no cycles, and no module reaches into
 * another's internals (its sub-packages, unless exposed as a named interface). The documenter writes the module
 * diagrams (PlantUML) and canvases (AsciiDoc) into {@code docs/modules/} at the project's root: commit what it
 * changes with the change that caused it. The documenter lists relations and events in no fixed order, so the runs of
 * such lines are sorted afterwards: the files change only when the modules do.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of("com.complaints.core");

    @Test
    void featureModulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    private static final Path OUTPUT = Path.of("../docs/modules");

    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
                .writeDocumentation();
        try (Stream<Path> files = Files.list(OUTPUT)) {
            files.forEach(ModularityTest::sortListings);
        }
    }

    /**
     * Sorts each run of relation lines ({@code Rel(...)}) and of list items ({@code * ...}, a table cell's first with
     * {@code |}), and ends the file with a newline (the documenter writes some with, some without).
     */
    private static void sortListings(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); ) {
                String kind = kind(lines.get(i));
                if (kind == null) {
                    out.add(lines.get(i++));
                    continue;
                }
                boolean cell = lines.get(i).startsWith("|* ");
                List<String> run = new ArrayList<>();
                run.add(cell ? lines.get(i).substring(1) : lines.get(i));
                for (i++; i < lines.size() && kind.equals(kind(lines.get(i))) && !lines.get(i).startsWith("|"); i++) {
                    run.add(lines.get(i));
                }
                run.sort(null);
                if (cell) {
                    run.set(0, "|" + run.get(0));
                }
                out.addAll(run);
            }
            String normal = String.join("\n", out) + "\n";
            if (!normal.equals(Files.readString(file))) {
                Files.writeString(file, normal);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kind(String line) {
        if (line.startsWith("Rel(")) {
            return "rel";
        }
        return line.startsWith("* ") || line.startsWith("|* ") ? "item" : null;
    }
}
