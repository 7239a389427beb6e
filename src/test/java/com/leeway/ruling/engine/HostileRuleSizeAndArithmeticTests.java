package com.leeway.ruling.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.leeway.ruling.RuleProblem;
import com.leeway.ruling.RuleSetCompilation;
import com.leeway.ruling.RuleSetCompiler;
import com.leeway.ruling.RuleSetFiles;

/**
 * Rule files that pass every check of the guard and still hurt the service: a file well inside the upload limit
 * whose size or shape alone makes the build crash, run out of memory or take minutes under the build lock, and arithmetic whose answer
 * changes once Drools compiles a condition to bytecode after it has been evaluated a few times.
 */
class HostileRuleSizeAndArithmeticTests {

	static final String HEAD = """
			package leeway.rules
			import com.leeway.ruling.facts.Request
			global com.leeway.ruling.facts.RulingSheet ruling
			""";

	/** One rule that matches the request 16,000 times over: 160 KB, a sixth of what one upload may hold. */
	static String manyPatterns(int patterns) {
		return HEAD + "rule \"Many patterns\"\nwhen\n" + "    Request()\n".repeat(patterns)
				+ "then\n    ruling.note(\"Many.\");\nend\n";
	}

	@Test
	void aRuleWithThousandsOfPatternsIsAPlainProblemNotAStackOverflow() {
		Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readFolder(Path.of("rules")).files());
		files.put("many-patterns.drl", manyPatterns(16_000).getBytes(StandardCharsets.UTF_8));

		// Today Drools overflows the stack while it links the 16,000 joins (BetaNode.networkUpdated), after the
		// guard accepted the file; the error escapes RuleSetCompiler.compile and the HTTP call that started it.
		RuleSetCompilation compilation = RuleSetCompiler.withDefaults().compile(new RuleSetFiles(files));

		assertThat(compilation.errors()).anySatisfy(problem -> assertThat(problem.file()).isEqualTo("many-patterns.drl"));
	}

	@Test
	void theGuardRefusesARuleWithMorePatternsThanAnyPolicyNeeds() {
		// 8,000 patterns build in about 30 s of CPU under the single build lock (2,000 in 5 s, growing with the
		// square); no policy compares a request with itself more than a handful of times.
		List<RuleProblem> problems = RuleFileGuard.checkDrl("many-patterns.drl", manyPatterns(8_000));

		assertThat(problems).anySatisfy(problem -> assertThat(problem.isError()).isTrue());
	}

	@Test
	void theGuardRefusesARuleWhoseOrGroupsMultiplyIntoMillionsOfRules() {
		StringBuilder when = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			when.append("    ( Request( durationDays > ").append(i).append(" ) or Request( usersAffected > ").append(i)
				.append(" ) )\n");
		}
		String drl = HEAD + "rule \"Or groups\"\nwhen\n" + when + "then\n    ruling.note(\"Many.\");\nend\n";
		assertThat(drl.length()).isLessThan(2_000);

		// Drools rewrites a rule with 'or' between patterns into one rule per combination: 20 groups of two are
		// 2^20 rules from 1.5 KB. 16 groups already take 24 s and 1.2 GB to build and 39 s to run the rule tests;
		// 20 groups did not finish within 90 s.
		List<RuleProblem> problems = RuleFileGuard.checkDrl("or-groups.drl", drl);

		assertThat(problems).anySatisfy(problem -> assertThat(problem.isError()).isTrue());
	}

	@Test
	void theGuardRefusesAnInListLongerThanAnyPolicyNeeds() {
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < 110_000; i++) {
			list.append(i == 0 ? "" : ",").append("\"p").append(i).append('"');
		}
		String drl = HEAD + "rule \"Long list\"\nwhen\n    Request( product in (" + list
				+ ") )\nthen\n    ruling.note(\"Listed.\");\nend\n";
		assertThat(drl.length()).isLessThan(1_000_000);

		// Within the 1 MB an upload may hold, this ties up the build lock for about 36 s and half a gigabyte of
		// heap before Drools gives up on it; ten such files fit in one 10 MB call.
		List<RuleProblem> problems = RuleFileGuard.checkDrl("long-list.drl", drl);

		assertThat(problems).anySatisfy(problem -> assertThat(problem.isError()).isTrue());
	}

	@Test
	void theGuardRefusesAChainOfComparisonsLongerThanAnyPolicyNeeds() {
		StringBuilder chain = new StringBuilder("durationDays == 0");
		for (int i = 1; i < 40_000; i++) {
			chain.append(" || durationDays == ").append(i);
		}
		String drl = HEAD + "rule \"Long chain\"\nwhen\n    Request( " + chain
				+ " )\nthen\n    ruling.note(\"Chained.\");\nend\n";
		assertThat(drl.length()).isLessThan(1_000_000);

		// About 15 s and 400 MB of build per 1 MB file; the guard's own parser is iterative, so only Drools pays.
		List<RuleProblem> problems = RuleFileGuard.checkDrl("long-chain.drl", drl);

		assertThat(problems).anySatisfy(problem -> assertThat(problem.isError()).isTrue());
	}

	@Test
	void theGuardRefusesADecisionTableWithMoreRowsThanAnyPolicyNeeds() {
		StringBuilder csv = new StringBuilder("""
				RuleSet,leeway.rules
				Import,com.leeway.ruling.facts.Request
				Variables,com.leeway.ruling.facts.RulingSheet ruling
				RuleTable Many
				CONDITION,ACTION
				Request,
				"durationDays == $param","ruling.note(""Many."");"
				Days,Note
				""");
		for (int i = 0; i < 20_000; i++) {
			csv.append(i).append(",X\n");
		}
		assertThat(csv.length()).isLessThan(150_000);

		// A row of four bytes is a rule: these 150 KB build 20,000 rules in about 17 s under the build lock, and
		// one 1 MB table (140,000 rules) far longer; ten fit in one call.
		RuleFileGuard.Checked checked = RuleFileGuard
			.check(new RuleSetFiles(Map.of("many.drl.csv", csv.toString().getBytes(StandardCharsets.UTF_8))));

		assertThat(checked.hasErrors()).isTrue();
	}

	@Test
	void aConditionThatDividesByZeroIsRefusedBecauseItWouldDecideDifferentlyLater() {
		assertDivisionIsRefused("durationDays / 0 > 1");
	}

	@Test
	void aConditionThatDividesWholeNumbersIsRefusedBecauseItWouldDecideDifferentlyLater() {
		assertDivisionIsRefused("durationDays / 8 == 3.75");
	}

	@Test
	void aRemainderAndMultiplicationStayAllowed() {
		String drl = HEAD + "rule \"Multiplies\"\nwhen\n    Request( estimatedCost > 500 * usersAffected, durationDays % 7 != 4 )\n"
				+ "then\n    ruling.note(\"Costly.\");\nend\n";

		assertThat(RuleFileGuard.checkDrl("multiplies.drl", drl)).isEmpty();
	}

	/**
	 * Drools evaluates a condition with the MVEL interpreter at first and compiles it to Java bytecode after 20
	 * evaluations ("jitting"). The two disagree on division: MVEL divides 30 / 8 to 3.75 and 30 / 0 to infinity,
	 * Java to 3 and to an ArithmeticException. A rule that denied on such a condition denied the first 20 requests
	 * (and passed its rule tests, which evaluate it fewer times) and then sent every request to review, so the guard
	 * refuses division in conditions and points at the '/'.
	 */
	void assertDivisionIsRefused(String condition) {
		String drl = HEAD + "rule \"Divides\"\nwhen\n    Request( " + condition
				+ " )\nthen\n    ruling.deny(\"Denied by arithmetic.\");\nend\n";

		List<RuleProblem> problems = RuleFileGuard.checkDrl("divides.drl", drl);

		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.isError()).isTrue();
			assertThat(problem.line()).isEqualTo(6);
			assertThat(problem.column()).isEqualTo(14 + condition.indexOf('/'));
			assertThat(problem.message()).contains("cannot divide", "multiplying");
		});
	}

}
