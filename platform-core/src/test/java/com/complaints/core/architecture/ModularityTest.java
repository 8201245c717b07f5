package com.complaints.core.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages of the core as Spring Modulith application modules: no cycles, and no module reaches into
 * another's internals (its sub-packages, unless exposed as a named interface). The documenter writes the module
 * diagrams (PlantUML) and canvases (AsciiDoc) into {@code docs/modules/} at the project's root: commit what it
 * changes with the change that caused it.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of("com.complaints.core");

    @Test
    void featureModulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeDocumentation();
    }
}
