package com.complaints.plugin.api;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class PluginApiArchitectureTest {

    private final com.tngtech.archunit.core.domain.JavaClasses api = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.complaints.plugin.api");

    @Test
    void pluginApiDependsOnTheJdkAndPf4jOnly() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.pf4j..", "com.complaints.plugin.api..")
                .check(api);
    }

    @Test
    void pluginApiHasNoSpringHibernateOrCoreClasses() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.hibernate..", "jakarta.persistence..",
                        "com.complaints.core..", "com.complaints.admin..", "com.complaints.search..")
                .check(api);
    }

    @Test
    void valueTypesAreRecordsOrEnumsAndExtensionPointsAreInterfaces() {
        classes().that().arePublic().and().areNotInterfaces().and().areNotEnums().and().areNotRecords()
                .should().haveSimpleNameEndingWith("Exception").orShould().haveSimpleName("PluginApi")
                .orShould().haveSimpleName("ChannelKeys")
                .check(api);
    }
}
