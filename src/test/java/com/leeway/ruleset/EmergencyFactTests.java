package com.leeway.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.leeway.ruling.RuleSetCompilation;
import com.leeway.ruling.RuleSetCompiler;
import com.leeway.ruling.RuleSetFiles;

/**
 * Rule files may read whether a declared emergency covers a request ({@code Request( emergency )}), and rule tests
 * may say so ({@code emergency: true}); the rule-file guard lets it through like every other property.
 */
class EmergencyFactTests {

	static final String RULE = """
			package leeway.rules

			import com.leeway.ruling.facts.Request
			global com.leeway.ruling.facts.RulingSheet ruling

			// During an emergency, large requests for collaboration tools go to management.
			rule "Escalate large collaboration requests during an emergency"
			when
			    Request( emergency, standard == "COLLABORATION_SAAS", usersAffected > 5 )
			then
			    ruling.escalate("An emergency covers this tool, and many people would use it.");
			end
			""";

	static final String TESTS = """
			tests:
			  - name: During an emergency a large request goes to management
			    request: { standardKey: COLLABORATION_SAAS, product: Slack, durationDays: 30, usersAffected: 8, emergency: true }
			    expect: { outcome: ESCALATE, rules: [Escalate large collaboration requests during an emergency] }
			  - name: Without an emergency the rule stays silent
			    request: { standardKey: COLLABORATION_SAAS, product: Slack, durationDays: 30, usersAffected: 8 }
			    expect: { rulesNotFired: [Escalate large collaboration requests during an emergency], outcome: APPROVE }
			""";

	@Test
	void aRuleReadsTheEmergencyFactAndItsTestsSayWhetherOneIsDeclared() {
		Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readFolder(Path.of("rules")).files());
		files.put("emergency.drl", RULE.getBytes(StandardCharsets.UTF_8));
		files.put("tests/emergency.yaml", TESTS.getBytes(StandardCharsets.UTF_8));

		RuleSetCompilation compilation = RuleSetCompiler.withDefaults().compile(new RuleSetFiles(files));

		assertThat(compilation.errors()).isEmpty();
		RuleTestReport report = RuleTestRunner.run(compilation.ruleSet().orElseThrow());
		assertThat(report.results()).filteredOn(result -> result.file().equals("tests/emergency.yaml"))
			.hasSize(2)
			.allSatisfy(result -> assertThat(result.passed()).as(result.toString()).isTrue());
	}

}
