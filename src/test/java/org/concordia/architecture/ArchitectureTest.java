package org.concordia.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordia.tenancy.service.NoTenantRoleRequired;
import org.concordia.tenancy.service.RequiresTenantRole;

/**
 * The shape of the code: features are vertical slices that meet only through service interfaces, model values and
 * events; platform serves them all and knows none of them. Holds for features added later without editing this.
 */
@AnalyzeClasses(packages = "org.concordia", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final Pattern FEATURE_INTERNALS = Pattern.compile("org\\.concordia\\.(\\w+)\\.(persistence|web)(\\..*)?");

    @ArchTest
    static final ArchRule platformImportsNoFeature = noClasses()
            .that().resideInAPackage("org.concordia.platform..")
            .should().dependOnClassesThat(
                    resideInAPackage("org.concordia..").and(not(resideInAPackage("org.concordia.platform.."))))
            .as("platform imports no feature")
            .because("platform serves every feature and must not know any of them");

    @ArchTest
    static final ArchRule featuresMeetOnlyThroughServicesAndModel = classes()
            .that().resideInAPackage("org.concordia..")
            .should(notUseAnotherFeaturesPersistenceOrWeb())
            .as("a feature uses another feature's services, model values and events, never its persistence or web");

    @ArchTest
    static final ArchRule screensDoNotTalkToTheDatabase = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .as("backing beans go through services, never an EntityManager");

    @ArchTest
    static final ArchRule oneClassKnowsTheOidcClient = noClasses()
            .that().doNotHaveFullyQualifiedName("org.concordia.platform.security.OidcLogin")
            .should().dependOnClassesThat().resideInAPackage("org.wildfly.security.http.oidc..")
            .as("only OidcLogin knows WildFly's OIDC client API");

    @ArchTest
    static final ArchRule everyServiceMethodSaysWhoMayCallIt = methods()
            .that().arePublic().and().areNotStatic()
            .and().areDeclaredInClassesThat(resideInAPackage("org.concordia.*.service"))
            .and().areDeclaredInClassesThat().areAnnotatedWith(ApplicationScoped.class)
            .should(carryARoleOrAnExemption())
            .as("every public method of a feature service carries @RequiresTenantRole or @NoTenantRoleRequired"
                    + " (on itself or its class)")
            .because("a role check written by hand at the top of a method is invisible when forgotten");

    @ArchTest
    static final ArchRule noLookupBypassesTheTenantFilter = noClasses()
            .that().resideInAPackage("org.concordia..")
            .should().callMethodWhere(target(owner(assignableTo(EntityManager.class)))
                    .and(target(nameMatching("find|getReference"))))
            .as("no EntityManager.find or getReference: they load by id without Hibernate's tenant filter")
            .because("only JPQL and Criteria queries are filtered by @TenantId; use a query by id instead");

    @ArchTest
    static final ArchRule noNativeQueries = noClasses()
            .that().resideInAPackage("org.concordia..")
            .should().callMethodWhere(target(owner(assignableTo(EntityManager.class)))
                    .and(target(nameMatching("createNativeQuery|createNativeMutationQuery"))))
            .as("no native SQL: Hibernate's tenant filter does not reach it")
            .because("a native query would need its tenant written in by hand; add a rule that checks it first");

    private static ArchCondition<JavaMethod> carryARoleOrAnExemption() {
        return new ArchCondition<>("carry @RequiresTenantRole or @NoTenantRoleRequired") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                JavaClass owner = method.getOwner();
                boolean declared = method.isAnnotatedWith(RequiresTenantRole.class)
                        || method.isAnnotatedWith(NoTenantRoleRequired.class)
                        || owner.isAnnotatedWith(RequiresTenantRole.class)
                        || owner.isAnnotatedWith(NoTenantRoleRequired.class);
                if (!declared && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !method.getModifiers().contains(JavaModifier.BRIDGE)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " says neither which role may call it nor why none is needed"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notUseAnotherFeaturesPersistenceOrWeb() {
        return new ArchCondition<>("not use another feature's persistence or web classes") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> ownFeature = featureOf(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher target = FEATURE_INTERNALS.matcher(dependency.getTargetClass().getPackageName());
                    boolean anotherFeature = target.matches() && !"platform".equals(target.group(1))
                            && !ownFeature.equals(Optional.of(target.group(1)));
                    if (anotherFeature) {
                        events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> featureOf(String packageName) {
        Matcher matcher = Pattern.compile("org\\.concordia\\.(\\w+)(\\..*)?").matcher(packageName);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
