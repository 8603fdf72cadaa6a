package org.opencall;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "org.opencall", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/** Business rules stay testable without the engine, the web or the framework. */
	@ArchTest
	static final ArchRule domainCodeImportsNeitherTheEngineNorTheWebNorSpring = noClasses().that()
		.resideInAPackage("..domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.camunda..", "org.springframework..", "jakarta.servlet..", "..web..");

	/** Delegates are thin adapters: they call a module's API, never the database. */
	@ArchTest
	static final ArchRule processAdaptersDoNotTouchTheDatabase = noClasses().that()
		.resideInAPackage("..process..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.jdbc..", "java.sql..");

}
