package com.complaints.core.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages of the core as Spring Modulith application modules: no cycles, and no module reaches into
 * another's internals (its sub-packages, unless exposed as a named interface). The documenter writes the module
 * diagram and canvases into {@code target/spring-modulith-docs}; {@code docs/modules/} holds the committed copy.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of("com.complaints.core");

    @Test
    void featureModulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
