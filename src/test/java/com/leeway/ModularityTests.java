package com.leeway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

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

	/** The modules docs/architecture.md names, apart from the follow-through. */
	static final List<String> CORE_MODULES = List.of("request", "ruling", "ruleset", "escalation", "standard", "audit",
			"emergency", "account", "administration", "system", "conversation", "review");

	/** Follow-through split into notices and mail, service-level jobs, and surveys. */
	static final List<String> FOLLOW_THROUGH_MODULES = List.of("notice", "servicelevel", "survey");

	@Test
	void theModulesAreExactlyTheOnesTheArchitectureNames() {
		List<String> modules = MODULES.stream()
			.map(module -> module.getBasePackage().getName().substring("com.leeway.".length()))
			.toList();

		assertThat(modules).containsExactlyInAnyOrderElementsOf(
				Stream.concat(CORE_MODULES.stream(), FOLLOW_THROUGH_MODULES.stream()).toList());
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
