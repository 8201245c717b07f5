package com.complaints.plugin.api;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class PluginApiArchitectureTest {

    @Test
    void pluginApiDependsOnTheJdkAndPf4jOnly() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.complaints.plugin.api");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.hibernate..", "jakarta.persistence..",
                        "com.complaints.core..", "com.complaints.admin..", "com.complaints.search..")
                .check(classes);
    }
}
