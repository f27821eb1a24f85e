package app.casebook;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/**
 * The layer rules of STYLE.md, checked on the main code without exemptions. The jOOQ classes generated from the
 * migrations (app.casebook.db) are not analysed as a slice: they are not ours, and they refer to our enums (forced
 * types), so they would count as a dependency of their own; who may use them is the last rule.
 */
@AnalyzeClasses(packages = "app.casebook",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotGenerated.class})
class ArchitectureTest {

    private static final String JAKARTA_TRANSACTIONAL = "jakarta.transaction.Transactional";

    @ArchTest
    static final ArchRule views_do_not_touch_the_database = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "app.casebook.db..")
            .because("views talk to services only: a service checks who may do what and returns plain records, "
                    + "so a view that reads tables directly would bypass the permission rules");

    @ArchTest
    static final ArchRule views_are_not_transactional = noClasses()
            .that().resideInAPackage("..ui..")
            .should().beAnnotatedWith(Transactional.class)
            .orShould().beAnnotatedWith(JAKARTA_TRANSACTIONAL)
            .because("transactions belong to services; a transaction held open by a view spans user think time "
                    + "and hides which rules ran inside it");

    @ArchTest
    static final ArchRule view_methods_are_not_transactional = noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage("..ui..")
            .should().beAnnotatedWith(Transactional.class)
            .orShould().beAnnotatedWith(JAKARTA_TRANSACTIONAL)
            .because("transactions belong to services; a transaction held open by a view spans user think time "
                    + "and hides which rules ran inside it");

    @ArchTest
    static final ArchRule repositories_are_used_only_in_their_own_package = classes()
            .that().haveSimpleNameEndingWith("Repository").and().resideInAPackage("app.casebook..")
            .should(beUsedOnlyInTheirOwnPackage())
            .because("a repository is its feature's private storage: other features and views go through the "
                    + "feature's service, which checks permissions");

    @ArchTest
    static final ArchRule services_are_secured = classes()
            .that().haveSimpleNameEndingWith("Service").and().resideInAPackage("app.casebook..").and().arePublic()
            .should(haveAPreAuthorizeOnTheClassOrOnEveryPublicMethod())
            .because("a service is its feature's public API and every rule about who may do what is enforced "
                    + "there, never only by hiding a button (package-private helpers such as the login's "
                    + "UserDetailsService are not API and are not covered)");

    @ArchTest
    static final ArchRule features_have_no_cycles = slices()
            .matching("app.casebook.(*)..")
            .should().beFreeOfCycles()
            .because("a feature can then be understood, tested and changed from its own folder, with dependencies "
                    + "between features running one way only; views compose other features' panels through "
                    + "contributions (EditorContribution, HeaderContribution), never by importing them");

    @ArchTest
    static final ArchRule base_depends_on_no_feature = noClasses()
            .that().resideInAPackage("app.casebook.base..")
            .should().dependOnClassesThat(resideInAPackage("app.casebook..")
                    .and(DescribedPredicate.not(resideInAPackage("app.casebook.base.."))))
            .because("the ground floor (errors, clock, text algorithms, the page frame) is shared by every feature "
                    + "and must not pull any of them in");

    @ArchTest
    static final ArchRule collaboration_knows_no_feature = noClasses()
            .that().resideInAPackage("app.casebook.collaboration..")
            .should().dependOnClassesThat(resideInAPackage("app.casebook..")
                    .and(DescribedPredicate.not(resideInAnyPackage("app.casebook.collaboration..",
                            "app.casebook.base.."))))
            .because("the live bus and presence are infrastructure: they carry any CaseStudyEvent between people "
                    + "and nodes, and each feature decides what its events mean");

    @ArchTest
    static final ArchRule only_repositories_touch_jooq = noClasses()
            .that().haveSimpleNameNotEndingWith("Repository")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "app.casebook.db..")
            .because("a repository is the one place that knows tables and SQL; services get plain records from it, "
                    + "so a change of schema stays in one class per feature");

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
        return new ArchCondition<>("be used only by classes in their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    if (!dependency.getOriginClass().getPackageName().equals(repository.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> haveAPreAuthorizeOnTheClassOrOnEveryPublicMethod() {
        return new ArchCondition<>("have @PreAuthorize on the class or on every public method") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                if (service.isAnnotatedWith(PreAuthorize.class)) {
                    return;
                }
                for (JavaMethod method : service.getMethods()) {
                    boolean api = method.getModifiers().contains(JavaModifier.PUBLIC)
                            && !method.getModifiers().contains(JavaModifier.STATIC)
                            && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                            && !method.getModifiers().contains(JavaModifier.BRIDGE);
                    if (api && !method.isAnnotatedWith(PreAuthorize.class)) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                + " is public but neither it nor " + service.getSimpleName()
                                + " has @PreAuthorize"));
                    }
                }
            }
        };
    }

    /** Leaves out the code jOOQ generates into target/generated-sources (package app.casebook.db). */
    static final class NotGenerated implements ImportOption {

        @Override
        public boolean includes(Location location) {
            return !location.contains("/app/casebook/db/");
        }
    }
}
