package org.claimdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** The house style's structural rules, checked on every build. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.claimdesk");

    static final String[] FEATURES = {"org.claimdesk.article..", "org.claimdesk.claim..", "org.claimdesk.review..",
            "org.claimdesk.export..", "org.claimdesk.desk.."};

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
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
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
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(CLASSES);
    }

    @Test
    void the_desk_composes_the_features_and_no_feature_depends_on_it() {
        noClasses().that().resideInAnyPackage("org.claimdesk.article..", "org.claimdesk.claim..",
                        "org.claimdesk.review..", "org.claimdesk.export..", "org.claimdesk.security..")
                .should().dependOnClassesThat().resideInAPackage("org.claimdesk.desk..")
                .check(CLASSES);
    }

    @Test
    void a_feature_never_queries_another_features_tables_or_entities() {
        Map<String, String> ownerOfTable = new HashMap<>();
        CLASSES.stream().filter(c -> c.isAnnotatedWith(Entity.class)).forEach(entity -> {
            ownerOfTable.put(entity.getSimpleName().toLowerCase(Locale.ROOT), feature(entity));
            if (entity.isAnnotatedWith(Table.class)) {
                ownerOfTable.put(entity.getAnnotationOfType(Table.class).name(), feature(entity));
            }
        });
        Pattern named = Pattern.compile("\\b(?:from|join|update|into)\\s+([a-zA-Z_]+)");
        List<String> crossings = new ArrayList<>();
        for (JavaClass repository : CLASSES.stream().filter(c -> c.isAssignableTo(Repository.class)).toList()) {
            for (JavaMethod method : repository.getMethods()) {
                if (!method.isAnnotatedWith(Query.class)) {
                    continue;
                }
                Matcher m = named.matcher(method.getAnnotationOfType(Query.class).value());
                while (m.find()) {
                    String owner = ownerOfTable.get(m.group(1).toLowerCase(Locale.ROOT));
                    if (owner != null && !owner.equals(feature(repository))) {
                        crossings.add(repository.getSimpleName() + "." + method.getName() + " names " + m.group(1));
                    }
                }
            }
        }
        assertThat(ownerOfTable).containsKeys("claim", "article", "verdict_history", "verdictentry");
        assertThat(crossings).isEmpty();
    }

    private static String feature(JavaClass c) {
        return c.getPackageName().split("\\.")[2];
    }
}
