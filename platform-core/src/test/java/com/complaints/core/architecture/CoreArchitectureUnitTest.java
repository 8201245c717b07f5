package com.complaints.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rules of platform-core: no adapters, no native SQL outside the reviewed package, no field injection. */
class CoreArchitectureUnitTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.complaints.core");

    @Test
    void coreDependsOnNoAdapterOrAssembly() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("com.complaints.search..", "com.complaints.admin..", "com.complaints.server..",
                        "co.elastic..")
                .check(CORE);
    }

    @Test
    void redissonStaysInsideItsAdapters() {
        noClasses().that().resideOutsideOfPackages("com.complaints.core.timer.redisson..", "com.complaints.core.live.redisson..")
                .should().dependOnClassesThat().resideInAnyPackage("org.redisson..")
                .check(CORE);
    }

    @Test
    void pf4jStaysInsideThePluginHost() {
        noClasses().that().resideOutsideOfPackage("com.complaints.core.plugin..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pf4j..")
                .check(CORE);
    }

    @Test
    void pluginCodeIsCalledThroughThePluginCallsOnly() {
        noClasses().that().resideOutsideOfPackages("com.complaints.core.plugin..", "com.complaints.core.channel..",
                        "com.complaints.core.notification..")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                                        com.complaints.plugin.api.IntakeChannel.class)
                                        .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                                                com.complaints.plugin.api.Notifier.class)))))
                .check(CORE);
    }

    @Test
    void nativeSqlLivesInThePersistencePackageOnly() {
        noClasses().that().resideOutsideOfPackage("com.complaints.core.persistence..")
                .should().callMethod(EntityManager.class, "createNativeQuery", String.class)
                .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(Session.class))))
                .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.sql.Connection.class)
                .check(CORE);
    }

    @Test
    void oneClassWritesTheTimeline() {
        noClasses().that().doNotHaveFullyQualifiedName("com.complaints.core.timeline.TimelineWriter")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.base.DescribedPredicate.describe("Timeline.append",
                                target -> target.getOwner().isEquivalentTo(com.complaints.core.timeline.Timeline.class)
                                        && target.getName().equals("append"))))
                .check(CORE);
        noClasses().that().doNotHaveFullyQualifiedName("com.complaints.core.timeline.Timeline")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.complaints.core.timeline.TimelineEventRepository")
                .check(CORE);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("com.complaints.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void everyEntityButTheTenantRegistryIsTenantOwned() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .and().doNotHaveFullyQualifiedName(com.complaints.core.tenancy.Tenant.class.getName())
                .should().beAssignableTo(com.complaints.core.tenancy.TenantOwnedEntity.class)
                .check(CORE);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(CORE);
    }
}
