package com.complaints.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module rules, checked on the assembled classpath: no cycles between modules, the core depends on no
 * adapter, adapters do not reach into each other, and the plugin API stays free of the platform.
 */
class ModuleArchitectureTest {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.complaints");

    @Test
    void modulesHaveNoCycles() {
        slices().matching("com.complaints.(*)..").should().beFreeOfCycles().check(ALL);
    }

    @Test
    void coreDependsOnNoAdapterOrAssembly() {
        noClasses().that().resideInAPackage("com.complaints.core..")
                .should().dependOnClassesThat().resideInAnyPackage("com.complaints.search..", "com.complaints.admin..",
                        "com.complaints.server..")
                .check(ALL);
    }

    @Test
    void onlyTheTenantScopedQueriesSendSearchesToElasticsearch() {
        noClasses().that().doNotHaveFullyQualifiedName("com.complaints.search.index.TenantScopedQueries")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.base.DescribedPredicate.describe("search, count, msearch or scroll of the client",
                                target -> target.getOwner().isAssignableTo(co.elastic.clients.elasticsearch.ElasticsearchClient.class)
                                        && java.util.Set.of("search", "count", "msearch", "scroll", "searchTemplate",
                                        "openPointInTime").contains(target.getName()))))
                .check(ALL);
    }

    @Test
    void adaptersDoNotReachIntoEachOther() {
        noClasses().that().resideInAPackage("com.complaints.search..")
                .should().dependOnClassesThat().resideInAnyPackage("com.complaints.admin..", "com.complaints.server..")
                .check(ALL);
        noClasses().that().resideInAPackage("com.complaints.admin..")
                .should().dependOnClassesThat().resideInAnyPackage("com.complaints.search..", "com.complaints.server..")
                .check(ALL);
    }

    @Test
    void pluginApiKnowsNothingOfThePlatform() {
        noClasses().that().resideInAPackage("com.complaints.plugin.api..")
                .should().dependOnClassesThat().resideInAnyPackage("com.complaints.core..", "com.complaints.admin..",
                        "com.complaints.search..", "com.complaints.server..", "org.springframework..", "org.hibernate..",
                        "jakarta.persistence..")
                .check(ALL);
    }
}
