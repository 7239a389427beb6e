package com.leeway.ruling.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.leeway.ruling.Outcome;
import com.leeway.ruling.RequestFacts;
import com.leeway.ruling.RuleProblem;
import com.leeway.ruling.RuleSetCompilation;
import com.leeway.ruling.RuleSetCompiler;
import com.leeway.ruling.RuleSetFiles;
import com.leeway.ruling.RuleEvaluator;

/**
 * A rule set that does not compile is reported at its file and line and never replaces working rules.
 */
class BrokenRuleSetTests {

	static final String BROKEN_RULE = """
			package leeway.rules

			import com.leeway.ruling.facts.Request
			global com.leeway.ruling.facts.RulingSheet ruling

			// Deliberately broken: the closing bracket of the condition is missing.
			rule "Approve everything for the demo"
			when
			    Request( usersAffected < 5
			then
			    ruling.approve("Everything is fine.");
			end
			""";

	static RuleSetFiles shippedRulesWith(String path, String content) {
		Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readFolder(Path.of("rules")).files());
		files.put(path, content.getBytes(StandardCharsets.UTF_8));
		return new RuleSetFiles(files);
	}

	@Test
	void reportsADrlSyntaxErrorWithItsFileAndLine() {
		RuleSetCompilation compilation = RuleSetCompiler.withDefaults()
			.compile(shippedRulesWith("demo.drl", BROKEN_RULE));

		assertThat(compilation.succeeded()).isFalse();
		assertThat(compilation.errors()).isNotEmpty();
		RuleProblem first = compilation.errors().get(0);
		assertThat(first.file()).isEqualTo("demo.drl");
		assertThat(first.line()).isBetween(9, 10);
	}

	@Test
	void reportsAnUnknownPropertyWithItsFileAndLine() {
		String rule = BROKEN_RULE.replace("Request( usersAffected < 5", "Request( userCount < 5 )");

		RuleSetCompilation compilation = RuleSetCompiler.withDefaults().compile(shippedRulesWith("demo.drl", rule));

		assertThat(compilation.errors()).anySatisfy(problem -> {
			assertThat(problem.file()).isEqualTo("demo.drl");
			assertThat(problem.line()).isEqualTo(9);
			assertThat(problem.message()).contains("userCount");
		});
	}

	@Test
	void reportsADecisionTableErrorAtTheRowOfItsRule() throws Exception {
		// Two rows with the same rule name: Drools reports it against its generated DRL, Leeway at the row.
		String table = java.nio.file.Files.readString(Path.of("rules/end-of-life.drl.csv"))
			.replace("\"Deny Node.js 16\",\"Node.js\"", "\"Deny Python 2\",\"Node.js\"");
		java.util.List<String> lines = table.lines().toList();
		java.util.List<Integer> rows = java.util.stream.IntStream.range(0, lines.size())
			.filter(index -> lines.get(index).startsWith("\"Deny Python 2\""))
			.mapToObj(index -> index + 1)
			.toList();

		RuleSetCompilation compilation = RuleSetCompiler.withDefaults()
			.compile(shippedRulesWith("end-of-life.drl.csv", table));

		assertThat(compilation.succeeded()).isFalse();
		assertThat(compilation.errors()).anySatisfy(problem -> {
			assertThat(problem.file()).isEqualTo("end-of-life.drl.csv");
			assertThat(problem.line()).isIn(rows);
			assertThat(problem.message()).contains("Deny Python 2");
		});
	}

	@Test
	void reportsABrokenStandardsFileWithItsLine() {
		String standards = """
				standards:
				  - key: WORD_PROCESSING
				    name: Word processing
				    status: approved
				    reason: One suite for everyone.
				  - key: DESKTOP_OS
				    name: Desktop operating systems
				    status: sometimes
				    reason: Supported systems only.
				""";

		RuleSetCompilation compilation = RuleSetCompiler.withDefaults()
			.compile(shippedRulesWith("standards.yaml", standards));

		assertThat(compilation.errors()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("standards.yaml");
			assertThat(problem.line()).isEqualTo(6);
			assertThat(problem.message()).contains("DESKTOP_OS").contains("approved, hold or retired");
		});
	}

	@Test
	void aBrokenCandidateNeverReplacesTheActiveRuleSet() {
		RuleEvaluator rulings = new RuleEvaluator();
		RuleSetCompilation working = RuleSetCompiler.withDefaults().compile(RuleSetFiles.readFolder(Path.of("rules")));
		rulings.activate(working.ruleSet().orElseThrow());

		RuleSetCompilation broken = RuleSetCompiler.withDefaults().compile(shippedRulesWith("demo.drl", BROKEN_RULE));
		broken.ruleSet().ifPresent(rulings::activate);

		assertThat(broken.ruleSet()).isEmpty();
		assertThat(rulings.active().orElseThrow().version()).isEqualTo(working.version());
		assertThat(rulings.evaluate(RequestFacts.of("WORD_PROCESSING", "WordPerfect", "2021", "Client files.", 30, 2,
				"INTERNAL")).outcome()).isEqualTo(Outcome.APPROVE);
	}

}
