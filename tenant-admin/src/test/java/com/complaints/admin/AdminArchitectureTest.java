package com.complaints.admin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The admin API talks to the core's features through their API only: services, views and value types of a
 * feature's base package. Never their entities, repositories, internal sub-packages or the persistence adapter —
 * so a feature can change how it stores things without touching its screens.
 */
class AdminArchitectureTest {

    private static final JavaClasses ADMIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.complaints.admin", "com.complaints.core");

    private static final DescribedPredicate<JavaClass> CORE_INTERNALS = DescribedPredicate.describe(
            "core entities, repositories, internal packages or the persistence adapter",
            c -> c.getPackageName().startsWith("com.complaints.core.")
                    && (c.isAnnotatedWith(jakarta.persistence.Entity.class)
                    || c.isAssignableTo(org.springframework.data.repository.Repository.class)
                    || c.getPackageName().contains(".internal")
                    || c.getPackageName().startsWith("com.complaints.core.persistence")
                    || c.getPackageName().startsWith("com.complaints.core.timer.redisson")));

    @Test
    void adminControllersUseOnlyTheFeaturesApi() {
        noClasses().that().resideInAPackage("com.complaints.admin..")
                .should().dependOnClassesThat(CORE_INTERNALS)
                .check(ADMIN);
    }

    @Test
    void adminControllersDoNotDriveTheComplaintAggregate() {
        noClasses().that().resideInAPackage("com.complaints.admin..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.complaints.core.complaint.Complaint")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.complaints.core.complaint.CaseRecorder")
                .check(ADMIN);
    }
}
