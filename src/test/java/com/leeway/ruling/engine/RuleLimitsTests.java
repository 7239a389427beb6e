package com.leeway.ruling.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.leeway.ruling.RuleProblem;
import com.leeway.ruling.RuleSetCompilation;
import com.leeway.ruling.RuleSetCompiler;
import com.leeway.ruling.RuleSetFiles;

/**
 * Each limit of {@link RuleLimits} holds exactly at its number: a file at the limit is accepted, one step over it
 * is an error at the file and line with a sentence that names the limit.
 */
class RuleLimitsTests {

	static final String HEAD = HostileRuleSizeAndArithmeticTests.HEAD;

	static String rule(String name, String when) {
		return "rule \"" + name + "\"\nwhen\n" + when + "then\n    ruling.note(\"Noted.\");\nend\n";
	}

	/** Groups of 'or' between patterns, each group with the given number of branches. */
	static String orGroups(int... branches) {
		StringBuilder when = new StringBuilder();
		for (int group = 0; group < branches.length; group++) {
			when.append("    (");
			for (int branch = 0; branch < branches[group]; branch++) {
				when.append(branch == 0 ? " " : " or ").append("Request( durationDays > ").append(group * 100 + branch)
					.append(" )");
			}
			when.append(" )\n");
		}
		return when.toString();
	}

	static List<RuleProblem> errors(String drl) {
		return RuleFileGuard.checkDrl("limits.drl", drl).stream().filter(RuleProblem::isError).toList();
	}

	@Test
	void aRuleWhoseOrGroupsMakeThirtyTwoRulesIsAccepted() {
		assertThat(errors(HEAD + rule("Five pairs", orGroups(2, 2, 2, 2, 2)))).isEmpty();
	}

	@Test
	void aRuleWhoseOrGroupsMakeThirtyThreeRulesIsRefusedAtTheRule() {
		List<RuleProblem> errors = errors(HEAD + rule("Three times eleven", orGroups(3, 11)));

		assertThat(errors).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(4);
			assertThat(problem.message()).contains("combine into 33 separate rules", "at most 32", "`||`");
		});
	}

	@Test
	void orGroupsInsideNotAreCountedToo() {
		String when = "    not( " + String.join(" and ", orGroups(2, 2, 2, 2, 2, 2).strip().split("\\s*\\n\\s*")) + " )\n";

		assertThat(errors(HEAD + rule("Hidden in not", when)))
			.anySatisfy(problem -> assertThat(problem.message()).contains("combine into 64 separate rules"));
	}

	@Test
	void orInsideOnePatternMultipliesNothing() {
		String within = "durationDays > 0 || usersAffected > 0";
		String when = ("    Request( " + within + " )\n").repeat(10);

		assertThat(errors(HEAD + rule("Bars", when))).isEmpty();
	}

	@Test
	void aRuleWithTwentyPatternsIsAcceptedAndOneWithTwentyOneIsRefused() {
		assertThat(errors(HEAD + rule("Twenty", "    Request( )\n".repeat(20)))).isEmpty();

		assertThat(errors(HEAD + rule("Twenty-one", "    Request( )\n".repeat(21)))).singleElement()
			.satisfies(problem -> {
				assertThat(problem.line()).isEqualTo(4);
				assertThat(problem.message()).contains("21 patterns", "at most 20");
			});
	}

	@Test
	void patternsInsideNotExistsAndOrCountTowardsTheLimit() {
		String when = "    Request( )\n" + "    not( Request( durationDays > 1 ) )\n".repeat(10)
				+ "    exists( Request( durationDays > 2 ) )\n".repeat(5) + "    ( Request( usersAffected > 1 ) or Request( usersAffected > 2 ) )\n".repeat(3);

		assertThat(errors(HEAD + rule("Twenty-two hidden", when)))
			.anySatisfy(problem -> assertThat(problem.message()).contains("22 patterns"));
	}

	static String inList(int values) {
		return IntStream.rangeClosed(1, values).mapToObj(Integer::toString).collect(Collectors.joining(","));
	}

	@Test
	void anInListOfFiveHundredValuesIsAcceptedAndOneOfFiveHundredAndOneIsRefusedWhereItStarts() {
		assertThat(errors(HEAD + rule("Five hundred", "    Request( durationDays in (" + inList(500) + ") )\n")))
			.isEmpty();

		assertThat(errors(HEAD + rule("Five hundred and one", "    Request( durationDays not in (" + inList(501) + ") )\n")))
			.singleElement()
			.satisfies(problem -> {
				assertThat(problem.line()).isEqualTo(6);
				assertThat(problem.column()).isEqualTo("    Request( durationDays not in (".length() + 1);
				assertThat(problem.message()).contains("more than 500 values");
			});
	}

	/** A condition with exactly the given number of operators: pluses and one comparison. */
	static String operators(int count) {
		return "durationDays" + " + 1".repeat(count - 1) + " > 0";
	}

	@Test
	void aConditionWithTwoHundredOperatorsIsAcceptedAndOneWithTwoHundredAndOneIsRefused() {
		assertThat(errors(HEAD + rule("Two hundred", "    Request( " + operators(200) + " )\n"))).isEmpty();

		assertThat(errors(HEAD + rule("Two hundred and one", "    Request( " + operators(201) + " )\n")))
			.singleElement()
			.satisfies(problem -> {
				assertThat(problem.line()).isEqualTo(6);
				assertThat(problem.message()).contains("more than 200 comparisons and operators");
			});
	}

	@Test
	void theConditionsBetweenCommasOfOnePatternShareItsLimitsAndAreReportedOnce() {
		String split = "    Request( " + operators(100) + ", " + operators(100) + " )\n";
		String over = "    Request( " + operators(100) + ", " + operators(101) + ", " + operators(5) + " )\n";
		String longer = "    Request( " + ofLength(2_000) + ", " + ofLength(2_001) + ", " + ofLength(20) + " )\n";

		assertThat(errors(HEAD + rule("Split", split))).isEmpty();
		assertThat(errors(HEAD + rule("Over", over))).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("more than 200 comparisons and operators"));
		assertThat(errors(HEAD + rule("Longer", longer))).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("4,001 characters", "at most 4,000"));
	}

	/** One pattern of 50,000 conditions between commas made Drools overflow the stack while it built the rule. */
	@Test
	void fiftyThousandConditionsBetweenCommasAreOneProblem() {
		String conditions = IntStream.range(0, 50_000).mapToObj(i -> "durationDays != " + i)
			.collect(Collectors.joining(", "));

		assertThat(errors(HEAD + rule("Commas", "    Request( " + conditions + " )\n"))).hasSize(1);
	}

	/** A condition of exactly the given length. */
	static String ofLength(int length) {
		String start = "mentions(\"";
		String end = "\")";
		return start + "x".repeat(length - start.length() - end.length()) + end;
	}

	@Test
	void aConditionOfFourThousandCharactersIsAcceptedAndALongerOneIsRefused() {
		assertThat(ofLength(4_000)).hasSize(4_000);
		assertThat(errors(HEAD + rule("Four thousand", "    Request( " + ofLength(4_000) + " )\n"))).isEmpty();

		assertThat(errors(HEAD + rule("Four thousand and one", "    Request( " + ofLength(4_001) + " )\n")))
			.singleElement()
			.satisfies(problem -> {
				assertThat(problem.line()).isEqualTo(6);
				assertThat(problem.message()).contains("4,001 characters", "at most 4,000");
			});
	}

	static final String TABLE_HEAD = """
			RuleSet,leeway.rules
			Import,com.leeway.ruling.facts.Request
			Variables,com.leeway.ruling.facts.RulingSheet ruling
			RuleTable Many
			CONDITION,ACTION
			Request,
			"durationDays == $param","ruling.note(""Many."");"
			Days,Note
			""";

	@Test
	void aDecisionTableWithMoreThanTenThousandLinesIsRefusedBeforeItIsRead() {
		String csv = TABLE_HEAD + IntStream.range(0, 10_000 - 8 + 1).mapToObj(i -> i + ",X\n").collect(Collectors.joining());

		RuleFileGuard.Checked checked = RuleFileGuard
			.check(new RuleSetFiles(Map.of("many.drl.csv", csv.getBytes(StandardCharsets.UTF_8))));

		assertThat(checked.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("many.drl.csv");
			assertThat(problem.message()).contains("more than 10,000 rows");
		});
		assertThat(checked.drl()).isEmpty();
	}

	@Test
	void aRuleSetOfTenThousandRulesIsAcceptedAndOneMoreIsRefusedAtTheFileThatGoesOver() {
		String rules = IntStream.range(0, 10_000)
			.mapToObj(i -> rule("Rule " + i, "    Request( durationDays > " + i + " )\n"))
			.collect(Collectors.joining());
		Map<String, byte[]> files = new TreeMap<>();
		files.put("a-many.drl", (HEAD + rules).getBytes(StandardCharsets.UTF_8));
		assertThat(RuleFileGuard.check(new RuleSetFiles(files)).hasErrors()).isFalse();

		files.put("b-one-more.drl", (HEAD + rule("One more", "    Request( )\n")).getBytes(StandardCharsets.UTF_8));
		RuleFileGuard.Checked checked = RuleFileGuard.check(new RuleSetFiles(files));

		assertThat(checked.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("b-one-more.drl");
			assertThat(problem.message()).contains("more than 10,000 rules");
		});
	}

	@Test
	void aRuleSetOfTwentyThousandPatternsIsAcceptedAndOneMoreIsRefused() {
		String twentyPatterns = IntStream.range(0, 20)
			.mapToObj(i -> "    Request( durationDays > " + i + " )\n")
			.collect(Collectors.joining());
		String rules = IntStream.range(0, 1_000)
			.mapToObj(i -> rule("Wide " + i, twentyPatterns))
			.collect(Collectors.joining());
		Map<String, byte[]> files = new TreeMap<>();
		files.put("a-wide.drl", (HEAD + rules).getBytes(StandardCharsets.UTF_8));
		assertThat(RuleFileGuard.check(new RuleSetFiles(files)).hasErrors()).isFalse();

		files.put("b-one-more.drl", (HEAD + rule("One more", "    Request( )\n")).getBytes(StandardCharsets.UTF_8));
		RuleFileGuard.Checked checked = RuleFileGuard.check(new RuleSetFiles(files));

		assertThat(checked.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("b-one-more.drl");
			assertThat(problem.message()).contains("more than 20,000 patterns");
		});
	}

	@Test
	void theRulesThatOrGroupsMakeCountTowardsTheRuleSetLimit() {
		// 313 rules that each become 32 are 10,016 rules for Drools, though the file holds only 313.
		String rules = IntStream.range(0, 313)
			.mapToObj(i -> rule("Pairs " + i, orGroups(2, 2, 2, 2, 2)))
			.collect(Collectors.joining());

		RuleFileGuard.Checked checked = RuleFileGuard
			.check(new RuleSetFiles(Map.of("pairs.drl", (HEAD + rules).getBytes(StandardCharsets.UTF_8))));

		assertThat(checked.problems())
			.anySatisfy(problem -> assertThat(problem.message()).contains("more than 10,000 rules"));
	}

	@Test
	void aByteOrderMarkAtTheStartOfAFileIsIgnored() {
		byte[] mark = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] drl = (HEAD + rule("Marked", "    Request( durationDays > 400 )\n")).getBytes(StandardCharsets.UTF_8);
		byte[] marked = new byte[mark.length + drl.length];
		System.arraycopy(mark, 0, marked, 0, mark.length);
		System.arraycopy(drl, 0, marked, mark.length, drl.length);
		Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readFolder(Path.of("rules")).files());
		files.put("marked.drl", marked);

		RuleSetCompilation compilation = RuleSetCompiler.withDefaults().compile(new RuleSetFiles(files));

		assertThat(compilation.errors()).isEmpty();
		assertThat(compilation.ruleSet()).isPresent();
	}

	@Test
	void aSecondByteOrderMarkIsRefused() {
		assertThat(errors("\uFEFF\uFEFF" + HEAD)).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("U+FEFF"));
	}

}
