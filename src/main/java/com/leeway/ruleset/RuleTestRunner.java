package com.leeway.ruleset;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import com.leeway.ruling.CompiledRuleSet;
import com.leeway.ruling.RequestFacts;
import com.leeway.ruling.Ruling;
import com.leeway.ruling.RuleSetFiles;
import com.leeway.ruling.RuleSetYaml;

/**
 * Runs the rule tests IT staff keep beside the rules, in {@code tests/*.yaml}: a request, the expected outcome,
 * and optionally the rules that must fire and words the reasons and conditions must contain. The format is
 * described in docs/rules.md.
 */
public final class RuleTestRunner {

	private RuleTestRunner() {
	}

	public static RuleTestReport run(CompiledRuleSet ruleSet) {
		List<RuleTestReport.Result> results = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		RuleSetFiles files = ruleSet.files();
		for (String path : files.paths()) {
			if (RuleSetFiles.isTestFile(path)) {
				runFile(ruleSet, path, files.text(path), results, problems);
			}
		}
		return new RuleTestReport(results, problems);
	}

	private static void runFile(CompiledRuleSet ruleSet, String path, String text, List<RuleTestReport.Result> results,
			List<String> problems) {
		Node root;
		try {
			root = RuleSetYaml.compose(text);
		}
		catch (MarkedYAMLException ex) {
			problems.add(path + ":" + (ex.getProblemMark() == null ? 0 : ex.getProblemMark().getLine() + 1)
					+ " is not valid YAML: " + ex.getProblem());
			return;
		}
		catch (YAMLException ex) {
			problems.add(path + " is too large or too deeply nested to read: " + ex.getMessage());
			return;
		}
		Node tests = root instanceof MappingNode mapping ? value(mapping, "tests") : null;
		if (!(tests instanceof SequenceNode sequence)) {
			problems.add(path + ":1 must start with 'tests:' followed by a list of test cases.");
			return;
		}
		for (Node item : sequence.getValue()) {
			int line = item.getStartMark().getLine() + 1;
			if (!(item instanceof MappingNode test)) {
				problems.add(path + ":" + line + " each test case needs 'name', 'request' and 'expect'.");
				continue;
			}
			String name = text(test, "name", "test at line " + line);
			try {
				results.add(runCase(ruleSet, path, line, name, test));
			}
			catch (IllegalArgumentException ex) {
				results.add(new RuleTestReport.Result(path, line, name, false, List.of(ex.getMessage()), "", "", null, 0));
			}
		}
	}

	private static RuleTestReport.Result runCase(CompiledRuleSet ruleSet, String path, int line, String name,
			MappingNode test) {
		if (!(value(test, "request") instanceof MappingNode request)) {
			throw new IllegalArgumentException("The test case needs a 'request' section.");
		}
		if (!(value(test, "expect") instanceof MappingNode expect)) {
			throw new IllegalArgumentException("The test case needs an 'expect' section with at least 'outcome'.");
		}
		RequestFacts facts = new RequestFacts(required(request, "standardKey"), required(request, "product"),
				text(request, "productVersion", null),
				text(request, "justification", "Needed for the team's work."),
				number(request, "durationDays", 30), number(request, "usersAffected", 1),
				text(request, "dataClassification", "INTERNAL").toUpperCase(Locale.ROOT),
				text(request, "compensatingControls", null), decimal(request, "estimatedCost"),
				text(request, "requester", "tester"), text(request, "department", "Marketing"),
				number(request, "renewalCount", 0), text(request, "previousOutcome", null),
				Boolean.parseBoolean(text(request, "emergency", "false")));
		long started = System.nanoTime();
		CompiledRuleSet.Trace trace = ruleSet.trace(facts);
		long micros = (System.nanoTime() - started) / 1000;
		Ruling ruling = trace.ruling();
		List<String> failures = new ArrayList<>();
		if (trace.ruleFailed()) {
			// A rule that breaks on a request fails its test, whatever outcome the test expected.
			failures.add(trace.problem());
		}
		String expectedOutcome = required(expect, "outcome").toUpperCase(Locale.ROOT);
		if (!expectedOutcome.equals(ruling.outcome().name())) {
			failures.add("expected outcome " + expectedOutcome + " but the rules gave " + ruling.outcome());
		}
		for (String rule : texts(expect, "rules")) {
			if (!ruling.rules().contains(rule)) {
				failures.add("expected rule \"" + rule + "\" to fire, but it did not");
			}
		}
		for (String rule : texts(expect, "rulesNotFired")) {
			if (ruling.rules().contains(rule)) {
				failures.add("expected rule \"" + rule + "\" not to fire, but it did");
			}
		}
		for (String words : texts(expect, "reasonContains")) {
			if (!ruling.justification().toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT))) {
				failures.add("expected the reasons to contain \"" + words + "\"");
			}
		}
		for (String words : texts(expect, "conditionsContain")) {
			if (ruling.conditions().stream().noneMatch(condition -> condition.toLowerCase(Locale.ROOT)
				.contains(words.toLowerCase(Locale.ROOT)))) {
				failures.add("expected a condition containing \"" + words + "\"");
			}
		}
		String expected = "outcome " + expectedOutcome
				+ (texts(expect, "rules").isEmpty() ? "" : ", rules " + texts(expect, "rules"));
		String actual = "outcome " + ruling.outcome() + ", rules " + ruling.rules() + ", reasons: "
				+ ruling.justification() + (trace.finished() ? "" : " " + trace.problem());
		String warning = trace.stoppedRule() == null ? null
				: "The rule \"" + trace.stoppedRule() + "\" did not let the rules finish (test \"" + name
						+ "\"): it probably triggers itself again and again. Add 'no-loop true' or change what it updates.";
		return new RuleTestReport.Result(path, line, name, failures.isEmpty(), failures, expected, actual, warning,
				micros);
	}

	private static Node value(MappingNode mapping, String key) {
		for (NodeTuple tuple : mapping.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
				return tuple.getValueNode();
			}
		}
		return null;
	}

	private static String text(MappingNode mapping, String key, String fallback) {
		return value(mapping, key) instanceof ScalarNode scalar && !scalar.getValue().isBlank() ? scalar.getValue()
				: fallback;
	}

	private static String required(MappingNode mapping, String key) {
		String value = text(mapping, key, null);
		if (value == null) {
			throw new IllegalArgumentException("The test case needs '" + key + "'.");
		}
		return value;
	}

	private static int number(MappingNode mapping, String key, int fallback) {
		String value = text(mapping, key, null);
		if (value == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + key + "' must be a whole number, not \"" + value + "\".");
		}
	}

	private static BigDecimal decimal(MappingNode mapping, String key) {
		String value = text(mapping, key, null);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + key + "' must be a number, not \"" + value + "\".");
		}
	}

	private static List<String> texts(MappingNode mapping, String key) {
		Node node = value(mapping, key);
		List<String> values = new ArrayList<>();
		if (node instanceof SequenceNode sequence) {
			sequence.getValue().forEach(item -> {
				if (item instanceof ScalarNode scalar) {
					values.add(scalar.getValue());
				}
			});
		}
		else if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
			values.add(scalar.getValue());
		}
		return values;
	}

	/** The report as JUnit XML, so IT staff's own CI can show rule tests like any other tests. */
	public static String junitXml(RuleTestReport report) {
		return JunitXmlReport.of(report);
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
