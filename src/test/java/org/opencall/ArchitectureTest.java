package org.opencall;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "org.opencall", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/**
	 * Business rules stay testable without the engine, the web or the framework. The one
	 * exception is Spring Data's declarative persistence metadata (mapping annotations
	 * and repository interfaces): it says how an aggregate is stored, runs nothing, and
	 * keeps persistence in one place instead of hand-written mappers. The types named by
	 * the members of those annotations (a {@code @Query}'s row mapper class) come with
	 * them.
	 */
	@ArchTest
	static final ArchRule domainCodeImportsNeitherTheEngineNorTheWebNorSpring = classes().that()
		.resideInAPackage("..domain..")
		.should(ArchConditions.onlyHaveDependenciesWhere(DescribedPredicate.<Dependency>describe(
				"the target is not the engine, the web or Spring (but Spring Data's mapping metadata)",
				(dependency) -> !frameworkButSpringDataMetadata().test(dependency.getTargetClass())
						|| isMemberOfSpringDataAnnotation(dependency))));

	/**
	 * A module's domain depends on nothing of its module's application, process or web
	 * packages: the use cases call the domain, never the other way round.
	 */
	@ArchTest
	static final ArchRule aModulesDomainDependsOnNothingElseOfItsModule = classes().that()
		.resideInAPackage("org.opencall.(*).domain..")
		.should(dependOnlyWithinTheirDomainOrOutsideTheirModule());

	/** Delegates are thin adapters: they call a module's API, never the database. */
	@ArchTest
	static final ArchRule processAdaptersDoNotTouchTheDatabase = noClasses().that()
		.resideInAPackage("..process..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.jdbc..", "java.sql..");

	/**
	 * A module's API (the public types of its root package) shows other modules only its
	 * own root types, other modules' API and the JDK: its domain, process and web types
	 * stay internal.
	 */
	@ArchTest
	static final ArchRule aModulesApiExposesNoInternalType = members().that()
		.areDeclaredInClassesThat()
		.resideInAPackage("org.opencall.(*)")
		.and()
		.areDeclaredInClassesThat()
		.arePublic()
		.and(publicMember())
		.should(exposeNoInternalTypeOfTheirModule());

	private static DescribedPredicate<JavaClass> frameworkButSpringDataMetadata() {
		return DescribedPredicate.describe("the engine, the web or Spring (but Spring Data's mapping metadata)",
				(type) -> {
					String name = type.getPackageName();
					boolean springData = name.startsWith("org.springframework.data.annotation")
							|| name.startsWith("org.springframework.data.relational.core.mapping")
							|| name.startsWith("org.springframework.data.repository")
							|| name.startsWith("org.springframework.data.jdbc.repository");
					return !springData && (name.startsWith("org.camunda") || name.startsWith("org.springframework")
							|| name.startsWith("jakarta.servlet") || name.contains(".web"));
				});
	}

	/** Whether the target is a class named by a member of a Spring Data annotation. */
	private static boolean isMemberOfSpringDataAnnotation(Dependency dependency) {
		JavaClass origin = dependency.getOriginClass();
		return Stream
			.concat(origin.getAnnotations().stream(),
					origin.getMembers().stream().flatMap((member) -> member.getAnnotations().stream()))
			.filter((annotation) -> annotation.getRawType().getPackageName().startsWith("org.springframework.data."))
			.flatMap((annotation) -> annotation.getProperties().values().stream())
			.anyMatch((value) -> value instanceof JavaClass type
					&& type.getName().equals(dependency.getTargetClass().getName()));
	}

	private static ArchCondition<JavaClass> dependOnlyWithinTheirDomainOrOutsideTheirModule() {
		return new ArchCondition<>("depend only on their module's domain or on other modules") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				String module = moduleOf(type.getPackageName());
				type.getDirectDependenciesFromSelf().forEach((dependency) -> {
					String target = dependency.getTargetClass().getPackageName();
					boolean sameModule = module.equals(moduleOf(target));
					if (sameModule && !target.startsWith("org.opencall." + module + ".domain")) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				});
			}
		};
	}

	private static DescribedPredicate<JavaMember> publicMember() {
		return DescribedPredicate.describe("are public", (member) -> member.getModifiers().contains(JavaModifier.PUBLIC)
				&& !member.getName().startsWith("lambda$"));
	}

	private static ArchCondition<JavaMember> exposeNoInternalTypeOfTheirModule() {
		return new ArchCondition<>("expose no internal type of their module") {
			@Override
			public void check(JavaMember member, ConditionEvents events) {
				String module = moduleOf(member.getOwner().getPackageName());
				involvedTypes(member).stream()
					.filter((type) -> type.getPackageName().startsWith("org.opencall." + module + "."))
					.forEach((type) -> events.add(SimpleConditionEvent.violated(member,
							member.getFullName() + " exposes " + type.getName())));
			}
		};
	}

	private static Set<JavaClass> involvedTypes(JavaMember member) {
		if (member instanceof JavaField field) {
			return field.getType().getAllInvolvedRawTypes();
		}
		if (member instanceof JavaCodeUnit code) {
			return Stream
				.concat(code.getReturnType().getAllInvolvedRawTypes().stream(),
						code.getParameterTypes().stream().flatMap((type) -> type.getAllInvolvedRawTypes().stream()))
				.collect(Collectors.toSet());
		}
		return Set.of();
	}

	private static String moduleOf(String packageName) {
		String rest = packageName.startsWith("org.opencall.") ? packageName.substring("org.opencall.".length()) : "";
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
