package org.claimdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** The house style's structural rules, checked on every build. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.claimdesk");

    @Test
    void repositories_are_used_only_by_services_of_their_own_feature() {
        classes().that().areAssignableTo(Repository.class)
                .should().onlyHaveDependentClassesThat().areAnnotatedWith(Service.class)
                .orShould().onlyHaveDependentClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void views_and_controllers_never_touch_entities_managers_or_repositories() {
        noClasses().that().resideInAnyPackage("..ui..", "..api..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(CLASSES);
    }

    @Test
    void features_have_no_cycles() {
        slices().matching("org.claimdesk.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void the_base_package_depends_on_no_feature_except_security_for_the_current_user() {
        noClasses().that().resideInAPackage("org.claimdesk.base..")
                .should().dependOnClassesThat().resideInAnyPackage("org.claimdesk.article..",
                        "org.claimdesk.claim..", "org.claimdesk.review..", "org.claimdesk.export..")
                .check(CLASSES);
    }
}
