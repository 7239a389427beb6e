package com.leeway.ruling.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.leeway.ruleset.RuleTestRunner;
import com.leeway.ruling.RuleProblem;
import com.leeway.ruling.RuleSetCompilation;
import com.leeway.ruling.RuleSetCompiler;
import com.leeway.ruling.RuleSetFiles;

/**
 * Rule files can only decide. Every file of the hostile corpus ({@code src/test/resources/hostile-rules}) tries
 * to do something else — read or write files, run processes, open a database, use reflection, stop the server,
 * sleep, loop, throw, allocate, change the request, smuggle code past the reader — and must be refused at its
 * file and line, in both dialects, without anything of it running: not while validating, and not on the path that
 * runs the rule tests. Each file tries to create a marker file or set a system property; neither may happen.
 */
class HostileRuleFilesTests {

	static final Path CORPUS = Path.of("src/test/resources/hostile-rules");

	static final String PROPERTY = "leeway.hostile";

	static final Pattern EXPECTED_LINE = Pattern.compile("expect: line (\\d+)");

	static final String RULE_TEST = """
			tests:
			  - name: The hostile rule would run here
			    request: { standardKey: DESKTOP_OS, product: Windows, productVersion: "7", durationDays: 30, usersAffected: 2, dataClassification: INTERNAL }
			    expect: { outcome: APPROVE }
			""";

	@TempDir
	Path temp;

	Path marker;

	@BeforeEach
	void placeTheMarker() {
		marker = temp.resolve("marker");
		System.clearProperty(PROPERTY);
	}

	@AfterEach
	void clearTheProperty() {
		System.clearProperty(PROPERTY);
	}

	static Stream<Arguments> hostileFiles() throws IOException {
		List<Arguments> arguments = new ArrayList<>();
		try (Stream<Path> files = Files.list(CORPUS)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				String name = file.getFileName().toString();
				if (name.endsWith(".drl")) {
					arguments.add(Arguments.of(name, "mvel"));
					arguments.add(Arguments.of(name, "java"));
				}
				else {
					arguments.add(Arguments.of(name, "table"));
				}
			}
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("hostileFiles")
	void refusesAHostileRuleFileAtItsFileAndLineWithoutRunningAnyOfIt(String name, String dialect) throws IOException {
		String text = new String(Files.readAllBytes(CORPUS.resolve(name)), StandardCharsets.UTF_8)
			.replace("MARKER", marker.toString())
			.replace("dialect \"mvel\"", "dialect \"" + dialect + "\"");
		Matcher expected = EXPECTED_LINE.matcher(text);
		int line = expected.find() ? Integer.parseInt(expected.group(1)) : 0;

		List<RuleProblem> errors = compileAndRunTheRuleTests(Map.of(name, text.getBytes(StandardCharsets.UTF_8)));

		assertThat(errors).as("errors of %s", name).anySatisfy(problem -> {
			assertThat(problem.file()).isEqualTo(name);
			assertThat(problem.line()).isEqualTo(line);
			assertThat(problem.message()).isNotBlank().doesNotContain("Exception");
		});
		assertNothingRan();
	}

	@Test
	void refusesAnXlsxTableWhoseActionCallsCode() throws IOException {
		byte[] table = xlsx(List.of(List.of("RuleSet", "leeway.rules"),
				List.of("Import", "com.leeway.ruling.facts.Request"),
				List.of("Variables", "com.leeway.ruling.facts.RulingSheet ruling"), List.of(),
				List.of("RuleTable Hostile"), List.of("NAME", "CONDITION", "ACTION"), List.of("", "Request", ""),
				List.of("", "productIs(\"$param\")",
						"ruling.deny(\"x\"); java.nio.file.Files.writeString(java.nio.file.Path.of(\"$param\"), \"ran\");"),
				List.of("Rule", "Product", "Marker"), List.of("Hostile row", "Windows", marker.toString())));

		List<RuleProblem> errors = compileAndRunTheRuleTests(Map.of("hostile.drl.xlsx", table));

		assertThat(errors).anySatisfy(problem -> {
			assertThat(problem.file()).isEqualTo("hostile.drl.xlsx");
			assertThat(problem.line()).isEqualTo(10);
			assertThat(problem.message()).contains("Hostile row").contains("java.nio.file.Files.writeString");
		});
		assertNothingRan();
	}

	@Test
	void anXlsxCellThatTriesToCloseTheTextOfItsTemplateStaysText() throws IOException {
		String cell = "x\"); System.setProperty(\"" + PROPERTY + "\", \"ran\"); ruling.deny(\"y";
		byte[] table = xlsx(List.of(List.of("RuleSet", "leeway.rules"),
				List.of("Import", "com.leeway.ruling.facts.Request"),
				List.of("Variables", "com.leeway.ruling.facts.RulingSheet ruling"), List.of("RuleTable Hostile"),
				List.of("NAME", "CONDITION", "ACTION"), List.of("", "Request", ""),
				List.of("", "productIs(\"$param\")", "ruling.deny(\"$param\");"), List.of("Rule", "Product", "Because"),
				List.of("Hostile row", "Windows", cell)));

		assertThat(decideWindows7With("hostile.drl.xlsx", table).justification()).contains(cell);
		assertNothingRan();
	}

	@ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.ValueSource(strings = { "table-cell-injection.drl.csv",
			"table-condition-cell-injection.drl.csv" })
	void aCsvCellThatTriesToCloseTheTextOfItsTemplateStaysText(String name) throws IOException {
		// The decision-table compiler escapes quotes in cells; the guard checks what it generates all the same.
		decideWindows7With(name, Files.readAllBytes(CORPUS.resolve("allowed").resolve(name)));

		assertNothingRan();
	}

	/** Compiles the shipped rules with one more table, runs the rule tests and decides a Windows 7 request. */
	com.leeway.ruling.Ruling decideWindows7With(String name, byte[] table) {
		Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readFolder(Path.of("rules")).files());
		files.put(name, table);
		files.put("tests/hostile.yaml", RULE_TEST.getBytes(StandardCharsets.UTF_8));
		RuleSetCompilation compilation = RuleSetCompiler.withDefaults().compile(new RuleSetFiles(files));
		assertThat(compilation.errors()).isEmpty();
		RuleTestRunner.run(compilation.ruleSet().orElseThrow());
		return compilation.ruleSet()
			.orElseThrow()
			.evaluate(com.leeway.ruling.RequestFacts
				.of("DESKTOP_OS", "Windows", "7", "Old machines.", 30, 2, "INTERNAL")
				.by("alice", "Marketing"));
	}

	@Test
	void aTruncatedXlsxIsAPlainProblemNotAnException() {
		List<RuleProblem> errors = compileAndRunTheRuleTests(Map.of("broken.drl.xlsx", new byte[] { 'P', 'K', 3 }));

		assertThat(errors).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("broken.drl.xlsx");
			assertThat(problem.message()).startsWith("The decision table could not be read");
		});
	}

	@Test
	void anXlsxZipBombIsAPlainProblemNotAnException() throws IOException {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 64; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		assertThat(bomb.size()).isLessThan(RuleSetFiles.MAX_FILE_BYTES);

		List<RuleProblem> errors = compileAndRunTheRuleTests(Map.of("bomb.drl.xlsx", bomb.toByteArray()));

		assertThat(errors).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("bomb.drl.xlsx");
			assertThat(problem.message()).startsWith("The decision table could not be read");
		});
	}

	@ParameterizedTest(name = "{0} brackets deep")
	@org.junit.jupiter.params.provider.ValueSource(ints = { 100, 20_000 })
	void aConditionNestedTooDeeplyIsAPlainProblemNotAStackOverflow(int depth) {
		String drl = """
				package leeway.rules
				import com.leeway.ruling.facts.Request
				global com.leeway.ruling.facts.RulingSheet ruling
				rule "Deep"
				when
				    Request( %s )
				then
				    ruling.note("Deep.");
				end
				""".formatted("(".repeat(depth) + "durationDays > 1" + ")".repeat(depth));

		List<RuleProblem> errors = compileAndRunTheRuleTests(Map.of("deep.drl", drl.getBytes(StandardCharsets.UTF_8)));

		assertThat(errors).anySatisfy(problem -> assertThat(problem.file()).isEqualTo("deep.drl"));
	}

	@Test
	void conditionsSeeOnlyTheRequestsPlainPropertiesAndActionsOnlyTheVerdictMethods() {
		RuleVocabulary.FactType request = RuleVocabulary.fact("Request");

		assertThat(request.properties()).containsExactlyInAnyOrder("standard", "standardName", "standardStatus",
				"category", "securityControl", "product", "productStatus", "version", "alternatives", "justification",
				"durationDays", "usersAffected", "dataClassification", "sensitiveData", "compensatingControls",
				"compensatingControlsGiven", "estimatedCost", "requester", "department", "renewalCount", "renewal",
				"previousOutcome", "emergency");
		assertThat(request.helpers()).containsExactlyInAnyOrder("productIs", "versionIs", "mentions");
		assertThat(RuleVocabulary.fact("com.leeway.ruling.facts.Request")).isSameAs(request);
		assertThat(RuleVocabulary.fact("java.lang.Object")).isNull();
		assertThat(RuleVocabulary.ACTIONS.keySet()).containsExactly("approve", "deny", "escalate", "note",
				"condition", "limitDays");
	}

	@Test
	void aFileCheckedBeforeIsCheckedAgainWhenItsContentChanges() {
		String drl = """
				package leeway.rules
				import com.leeway.ruling.facts.Request
				global com.leeway.ruling.facts.RulingSheet ruling
				rule "Same path, new content"
				when
				    Request( )
				then
				    %s
				end
				""";
		RuleSetFiles harmless = new RuleSetFiles(
				Map.of("same.drl", drl.formatted("ruling.note(\"x\");").getBytes(StandardCharsets.UTF_8)));
		RuleSetFiles hostile = new RuleSetFiles(Map.of("same.drl",
				drl.formatted("System.setProperty(\"" + PROPERTY + "\", \"ran\");").getBytes(StandardCharsets.UTF_8)));

		assertThat(RuleFileGuard.check(harmless).problems()).isEmpty();
		assertThat(RuleFileGuard.check(hostile).problems()).singleElement()
			.satisfies(problem -> assertThat(problem.line()).isEqualTo(8));
		assertThat(RuleFileGuard.check(harmless).problems()).isEmpty();
	}

	@Test
	void everyShippedRuleFilePassesTheGuard() {
		RuleSetFiles shipped = RuleSetFiles.readFolder(Path.of("rules"));

		RuleFileGuard.Checked checked = RuleFileGuard.check(shipped);

		assertThat(checked.problems()).isEmpty();
		assertThat(checked.drl().keySet()).containsExactlyInAnyOrderElementsOf(
				shipped.paths().stream().filter(RuleSetFiles::isRuleFile).toList());
	}

	@Test
	void everyRuleExampleOfTheAuthoringGuidePassesTheGuardAndCompiles() throws IOException {
		String guide = Files.readString(Path.of("docs/rules.md"));
		Matcher block = Pattern.compile("```[a-z]*\\n(.*?)```", Pattern.DOTALL).matcher(guide);
		int examples = 0;
		while (block.find()) {
			String example = block.group(1);
			if (!example.contains("rule \"")) {
				continue;
			}
			String drl = example.contains("package ") ? example : """
					package leeway.rules
					import com.leeway.ruling.facts.Request
					global com.leeway.ruling.facts.RulingSheet ruling
					""" + example;
			examples++;

			DroolsCompiler.Result result = DroolsCompiler.compile(
					new RuleSetFiles(Map.of("example.drl", drl.getBytes(StandardCharsets.UTF_8))), EvaluationLimits.DEFAULT);

			assertThat(result.problems()).as(example).filteredOn(RuleProblem::isError).isEmpty();
			assertThat(result.ruleBase()).as(example).isNotNull();
		}
		assertThat(examples).isGreaterThanOrEqualTo(4);
	}

	@ParameterizedTest(name = "dialect {0}")
	@org.junit.jupiter.params.provider.ValueSource(strings = { "mvel", "java" })
	void everythingARuleMayUseStillCompilesAndDecides(String dialect) throws IOException {
		String allowed = Files.readString(CORPUS.resolve("allowed/everything-allowed.drl"))
			.replace("dialect \"mvel\"", "dialect \"" + dialect + "\"");
		Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readFolder(Path.of("rules")).files());
		files.put("allowed.drl", allowed.getBytes(StandardCharsets.UTF_8));

		RuleSetCompilation compilation = RuleSetCompiler.withDefaults().compile(new RuleSetFiles(files));

		assertThat(compilation.problems()).filteredOn(RuleProblem::isError).isEmpty();
		com.leeway.ruling.Ruling ruling = compilation.ruleSet()
			.orElseThrow()
			.evaluate(com.leeway.ruling.RequestFacts
				.of("GENERATIVE_AI", "Guarded Assistant", "2.1", "Needed to draft customer letters.", 45, 3, "PUBLIC")
				.by("alice", "Marketing"));
		assertThat(ruling.rules()).contains("Everything a condition may use", "Bound variables and arithmetic",
				"Not, exists and forall");
		assertThat(ruling.justification()).contains("Guarded Assistant \"quoted\"");
		assertThat(ruling.conditions()).contains("A condition with a \\ backslash");
	}

	@Test
	void aParseErrorIsReportedAtItsColumn() {
		RuleSetCompilation compilation = RuleSetCompiler.withDefaults()
			.compile(BrokenRuleSetTests.shippedRulesWith("half.drl", "rule \"Half a rule\" when Request( then end"));

		assertThat(compilation.errors()).anySatisfy(problem -> {
			assertThat(problem.file()).isEqualTo("half.drl");
			assertThat(problem.line()).isEqualTo(1);
			assertThat(problem.column()).isEqualTo(39);
		});
	}

	@Test
	void aBuildMessageWithoutAColumnTakesItFromItsText() {
		assertThat(DroolsCompiler.lineAndColumn(0, 0, "[ERR 102] Line 10:4 mismatched input 'then'"))
			.containsExactly(10, 5);
		assertThat(DroolsCompiler.lineAndColumn(7, 3, "[ERR 102] Line 10:4 mismatched input 'then'"))
			.containsExactly(7, 3);
		assertThat(DroolsCompiler.lineAndColumn(12, 0, "Unable to resolve ObjectType 'Requst'")).containsExactly(12, 0);
	}

	@Test
	void consequencesAreMvelUnlessAFileSaysJavaWithoutChangingTheJvm() throws Exception {
		String header = """
				package %s
				import com.leeway.ruling.facts.Request
				global com.leeway.ruling.facts.RulingSheet ruling
				""";
		String rule = """
				rule "%s"
				when
				    Request( )
				then
				    ruling.note("x");
				end
				""";
		Map<String, byte[]> files = Map.of("default.drl",
				(header.formatted("leeway.rules\n") + rule.formatted("Default dialect")).getBytes(StandardCharsets.UTF_8), "java.drl",
				(header.formatted("leeway.rules.java\ndialect \"java\"") + rule.formatted("Java dialect")).getBytes(StandardCharsets.UTF_8));
		String before = System.getProperty("drools.dialect.default");

		DroolsCompiler.Result result = DroolsCompiler.compile(new RuleSetFiles(files), EvaluationLimits.DEFAULT);

		java.lang.reflect.Field field = DroolsRuleBase.class.getDeclaredField("kieBase");
		field.setAccessible(true);
		org.kie.api.KieBase kieBase = (org.kie.api.KieBase) field.get(result.ruleBase());
		assertThat(((org.drools.base.definitions.rule.impl.RuleImpl) kieBase.getRule("leeway.rules", "Default dialect"))
			.getDialect()).isEqualTo("mvel");
		assertThat(((org.drools.base.definitions.rule.impl.RuleImpl) kieBase.getRule("leeway.rules.java", "Java dialect"))
			.getDialect()).isEqualTo("java");
		assertThat(System.getProperty("drools.dialect.default")).isEqualTo(before);
	}

	/** Compiles the shipped rules with the files laid over them, and runs the rule tests if anything compiled. */
	List<RuleProblem> compileAndRunTheRuleTests(Map<String, byte[]> hostile) {
		Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readFolder(Path.of("rules")).files());
		files.putAll(hostile);
		files.put("tests/hostile.yaml", RULE_TEST.getBytes(StandardCharsets.UTF_8));
		RuleSetFiles candidate = new RuleSetFiles(files);

		DroolsCompiler.Result direct = DroolsCompiler.compile(candidate, EvaluationLimits.DEFAULT);
		assertNothingRan();
		RuleSetCompilation compilation = RuleSetCompiler.withDefaults().compile(candidate);
		compilation.ruleSet().ifPresent(RuleTestRunner::run);
		assertNothingRan();

		assertThat(direct.ruleBase()).as("nothing hostile is built").isNull();
		assertThat(compilation.succeeded()).isFalse();
		return compilation.errors();
	}

	void assertNothingRan() {
		assertThat(marker).as("the marker file a hostile rule tries to create").doesNotExist();
		assertThat(System.getProperty(PROPERTY)).as("the system property a hostile rule tries to set").isNull();
	}

	static byte[] xlsx(List<List<String>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Rules");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					if (!rows.get(r).get(c).isEmpty()) {
						row.createCell(c).setCellValue(rows.get(r).get(c));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
