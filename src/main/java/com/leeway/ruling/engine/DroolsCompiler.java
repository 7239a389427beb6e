package com.leeway.ruling.engine;

import java.util.ArrayList;
import java.util.List;

import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.builder.InternalKieBuilder;

import com.leeway.ruling.RuleProblem;
import com.leeway.ruling.RuleSetFiles;

/**
 * Compiles rule files with the classic Drools engine, which builds fast and reports errors at the right line.
 * Every file is first held against the {@link RuleFileGuard}, so that only rules that decide are ever built.
 * Builds share Drools' global module repository, so they run one at a time under a fixed release id and the
 * module is removed again once its rule base exists.
 */
public final class DroolsCompiler {

	private static final String SOURCE_ROOT = "src/main/resources/";

	private static final Object BUILD_LOCK = new Object();

	/**
	 * Consequences are compiled as MVEL rather than Java unless a file says otherwise: they are short calls such
	 * as ruling.deny("..."), and skipping the Java compiler for each makes large builds a third faster. Set for
	 * this build only, in its module description, so nothing else in the JVM changes.
	 */
	private static final String DEFAULT_DIALECT = "mvel";

	private static final String DIALECT_PROPERTY = "drools.dialect.default";

	/** Where Drools reports a parse error inside its message when the column field is empty: "Line 10:4". */
	private static final java.util.regex.Pattern LINE_AND_COLUMN = java.util.regex.Pattern
		.compile("Line (\\d+):(\\d+)");

	private DroolsCompiler() {
	}

	/**
	 * Checks every rule file with the {@link RuleFileGuard} first: a rule set with any file that does more than
	 * decide is not built at all, so nothing of it ever runs. Only the text the guard checked is built; decision
	 * tables are built from the DRL the guard checked, not converted a second time.
	 */
	public static Result compile(RuleSetFiles files, EvaluationLimits limits) {
		RuleFileGuard.Checked checked = RuleFileGuard.check(files);
		if (checked.hasErrors()) {
			return new Result(checked.problems(), null);
		}
		KieServices kieServices = KieServices.Factory.get();
		ReleaseId releaseId = kieServices.newReleaseId("com.leeway", "candidate-rules", "1.0.0");
		synchronized (BUILD_LOCK) {
			KieFileSystem fileSystem = kieServices.newKieFileSystem();
			fileSystem.generateAndWritePomXML(releaseId);
			KieModuleModel module = kieServices.newKieModuleModel();
			module.setConfigurationProperty(DIALECT_PROPERTY, DEFAULT_DIALECT);
			checked.drl().forEach((path, drl) -> fileSystem.write(SOURCE_ROOT + builtPath(path), drl));
			KieBuilder builder;
			try {
				builder = ((InternalKieBuilder) kieServices.newKieBuilder(fileSystem)).withKModuleModel(module)
					.buildAll(DrlProject.class);
			}
			catch (RuntimeException | StackOverflowError | LinkageError ex) {
				kieServices.getRepository().removeKieModule(releaseId);
				return notBuilt(checked, ex);
			}
			List<RuleProblem> problems = new ArrayList<>(checked.problems());
			for (Message message : builder.getResults().getMessages()) {
				if (isFolderNoise(message)) {
					continue;
				}
				problems.add(locateInDecisionTable(toProblem(message), files, checked.drl()));
			}
			if (problems.stream().anyMatch(RuleProblem::isError)) {
				kieServices.getRepository().removeKieModule(releaseId);
				return new Result(problems, null);
			}
			try {
				KieContainer container = kieServices.newKieContainer(releaseId);
				KieBase kieBase = container.getKieBase();
				return new Result(problems, new DroolsRuleBase(kieBase, ruleNames(kieBase), limits));
			}
			catch (RuntimeException | StackOverflowError | LinkageError ex) {
				// Drools links the rule network only here, recursively: a rule too large for it must be a plain
				// problem of this build, not an error that ends the call or the thread that asked for it.
				return notBuilt(checked, ex);
			}
			finally {
				kieServices.getRepository().removeKieModule(releaseId);
			}
		}
	}

	private static Result notBuilt(RuleFileGuard.Checked checked, Throwable ex) {
		List<RuleProblem> problems = new ArrayList<>(checked.problems());
		String detail = ex instanceof StackOverflowError ? "a rule is too large to build"
				: PlainMessages.explain(ex.getMessage());
		problems.add(RuleProblem.error("", 0, 0,
				"The rules could not be built; check the rule files for something unusual. (" + detail + ")"));
		return new Result(problems, null);
	}

	/** Decision tables are built from their checked DRL, under their own name with ".drl" added. */
	private static String builtPath(String path) {
		return RuleSetFiles.isDecisionTable(path) ? path + ".drl" : path;
	}

	private static String sourcePath(String builtPath) {
		return builtPath.endsWith(".drl.csv.drl") || builtPath.endsWith(".drl.xlsx.drl")
				? builtPath.substring(0, builtPath.length() - ".drl".length()) : builtPath;
	}

	private static List<String> ruleNames(KieBase kieBase) {
		List<String> names = new ArrayList<>();
		for (KiePackage kiePackage : kieBase.getKiePackages()) {
			for (Rule rule : kiePackage.getRules()) {
				names.add(rule.getName());
			}
		}
		names.sort(String::compareToIgnoreCase);
		return names;
	}

	private static final java.util.regex.Pattern RULE_NAME = java.util.regex.Pattern
		.compile("(?:Rule name='([^']+)'|Duplicate rule name: ([^)]+?)\\s*(?:\\)|$))");

	/**
	 * Drools reports decision-table errors at lines of the DRL it generates; point at the spreadsheet row of the
	 * rule instead, found by the rule's name.
	 */
	static RuleProblem locateInDecisionTable(RuleProblem problem, RuleSetFiles files, java.util.Map<String, String> drl) {
		if (!RuleSetFiles.isDecisionTable(problem.file())) {
			return problem;
		}
		if (problem.line() > 0 && drl.get(problem.file()) != null) {
			RuleProblem located = DecisionTables.locate(problem, drl.get(problem.file()), files.text(problem.file()));
			if (located.line() > 0) {
				return located;
			}
		}
		if (!problem.file().endsWith(".drl.csv")) {
			return new RuleProblem(problem.severity(), problem.file(), 0, 0, problem.message());
		}
		java.util.regex.Matcher name = RULE_NAME.matcher(problem.message());
		String text = files.text(problem.file());
		if (!name.find() || text == null) {
			return new RuleProblem(problem.severity(), problem.file(), 0, 0, problem.message());
		}
		String ruleName = name.group(1) != null ? name.group(1) : name.group(2).trim();
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].startsWith("\"" + ruleName + "\"") || lines[i].startsWith(ruleName + ",")) {
				return new RuleProblem(problem.severity(), problem.file(), i + 1, 1,
						"Row of the rule \"" + ruleName + "\": " + problem.message());
			}
		}
		return new RuleProblem(problem.severity(), problem.file(), 0, 0, problem.message());
	}

	/** Rule files may live in any folder; Drools' advice to mirror the package in folders does not apply. */
	private static boolean isFolderNoise(Message message) {
		return message.getLevel() != Message.Level.ERROR && message.getText() != null
				&& message.getText().contains("It is advised to have a correspondance between package and folder");
	}

	private static RuleProblem toProblem(Message message) {
		String path = message.getPath() == null ? "" : message.getPath();
		if (path.startsWith(SOURCE_ROOT)) {
			path = path.substring(SOURCE_ROOT.length());
		}
		path = sourcePath(path);
		String text = PlainMessages.explain(message.getText());
		int[] position = lineAndColumn(message.getLine(), message.getColumn(), message.getText());
		int line = position[0];
		int column = position[1];
		return message.getLevel() == Message.Level.ERROR ? RuleProblem.error(path, line, column, text)
				: RuleProblem.warning(path, line, column, text);
	}

	/**
	 * Drools leaves the column of parse errors empty but says it in the message ("Line 10:4", counted from 0):
	 * take it from there when the field is empty. Columns are counted from 1; 0 means unknown.
	 */
	static int[] lineAndColumn(int line, int column, String text) {
		int foundLine = Math.max(line, 0);
		int foundColumn = Math.max(column, 0);
		if (foundColumn == 0 && text != null) {
			java.util.regex.Matcher position = LINE_AND_COLUMN.matcher(text);
			if (position.find() && (foundLine == 0 || Integer.parseInt(position.group(1)) == foundLine)) {
				foundLine = Integer.parseInt(position.group(1));
				foundColumn = Integer.parseInt(position.group(2)) + 1;
			}
		}
		return new int[] { foundLine, foundColumn };
	}

	/** What a build gives: its problems, and the rule base when there were no errors. */
	public record Result(List<RuleProblem> problems, DroolsRuleBase ruleBase) {
	}

}
