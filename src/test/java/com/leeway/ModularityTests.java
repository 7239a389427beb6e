package com.leeway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module structure stays honest: no cycles, no reaching into another module's internals, and only the rule
 * engine talks to Drools.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(LeewayApplication.class);

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.leeway");

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersPublicApi() {
		MODULES.verify();
	}

	@Test
	void theModulesAreTheOnesTheArchitectureNames() {
		assertThat(MODULES.stream().map(module -> module.getBasePackage().getName()))
			.contains("com.leeway.request", "com.leeway.ruling", "com.leeway.rules", "com.leeway.escalation",
					"com.leeway.standard", "com.leeway.audit", "com.leeway.account", "com.leeway.system",
					"com.leeway.notice", "com.leeway.servicelevel", "com.leeway.survey");
	}

	@Test
	void noticesServiceLevelsAndSurveysDependOnlyOnWhatTheyUse() {
		// Telling people sits on top: nothing but its own web layer and the test clock depends on notice; service
		// levels announce what is due without knowing who tells whom; surveys and requests know neither.
		assertThat(MODULES.stream()
			.filter(module -> !module.getBasePackage().getName().equals("com.leeway.notice"))
			.filter(module -> module.getDirectDependencies(MODULES).contains(MODULES.getModuleByName("notice").orElseThrow())))
			.isEmpty();
		assertThat(dependencies("servicelevel")).doesNotContain("notice", "survey", "followup");
		assertThat(dependencies("survey")).doesNotContain("notice", "servicelevel", "followup");
		assertThat(dependencies("request")).doesNotContain("notice", "servicelevel", "survey", "followup");
	}

	static java.util.List<String> dependencies(String module) {
		return MODULES.getModuleByName(module)
			.orElseThrow()
			.getDirectDependencies(MODULES)
			.uniqueModules()
			.map(dependency -> dependency.getIdentifier().toString())
			.toList();
	}

	@Test
	void onlyTheRuleEngineImportsDrools() {
		ArchRule rule = noClasses().that()
			.resideOutsideOfPackage("com.leeway.ruling.engine..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.kie..", "org.drools..")
			.because("rule files are compiled and run in one place, so the engine can change without touching the rest");

		rule.check(CLASSES);
	}

	@Test
	void theDroolsRuleIsNotVacuous() {
		// Guards the rule above: if the engine package were renamed or empty, the rule would check nothing.
		assertThat(CLASSES.stream()
			.filter(javaClass -> javaClass.getPackageName().startsWith("com.leeway.ruling.engine"))
			.anyMatch(javaClass -> javaClass.getDirectDependenciesFromSelf()
				.stream()
				.anyMatch(dependency -> dependency.getTargetClass().getPackageName().startsWith("org.kie"))))
			.isTrue();
	}

}
