package com.leeway.ruleset;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.LoggerFactory;

import com.leeway.ruling.RuleProblem;
import com.leeway.ruling.RuleSetCompilation;
import com.leeway.ruling.RuleSetCompiler;
import com.leeway.ruling.RuleSetFiles;

/**
 * Checks a rules folder without starting the web application, for IT staff's own CI:
 * {@code java -jar leeway.jar rules validate ./rules} and
 * {@code java -jar leeway.jar rules test ./rules [--report rule-tests.xml]}. Exits 0 when all is well, 1 when the
 * rules do not compile or a rule test fails, 2 when the command is wrong.
 */
public final class RulesCommandLine {

	private RulesCommandLine() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && args[0].equals("rules");
	}

	public static int run(String[] args, PrintStream out) {
		quietLogging();
		if (args.length < 3 || !(args[1].equals("validate") || args[1].equals("test"))) {
			out.println("Usage: java -jar leeway.jar rules validate <rules folder>");
			out.println("       java -jar leeway.jar rules test <rules folder> [--report <junit xml file>]");
			return 2;
		}
		Path folder = Path.of(args[2]);
		if (!Files.isDirectory(folder)) {
			out.println("There is no folder " + folder.toAbsolutePath() + ".");
			return 2;
		}
		RuleSetFiles files = RuleSetFiles.readFolder(folder);
		RuleSetCompilation compilation = RuleSetCompiler.withDefaults().compile(files);
		for (RuleProblem problem : compilation.problems()) {
			out.println(problem);
		}
		if (!compilation.succeeded()) {
			out.println("The rules do not compile: " + compilation.errors().size() + " errors.");
			writeReportIfAsked(args, JunitXmlReport.compileFailure(compilation.errors().size()), out);
			return 1;
		}
		out.println("The rules compile: " + compilation.ruleSet().get().ruleCount() + " rules, version "
				+ compilation.version() + ".");
		if (args[1].equals("validate")) {
			return 0;
		}
		RuleTestReport report = RuleTestRunner.run(compilation.ruleSet().get());
		for (RuleTestReport.Result result : report.results()) {
			out.println((result.passed() ? "PASS " : "FAIL ") + result.file() + ":" + result.line() + " " + result.name());
			if (!result.passed()) {
				result.failures().forEach(failure -> out.println("     " + failure));
				out.println("     expected: " + result.expected());
				out.println("     actual:   " + result.actual());
			}
		}
		report.problems().forEach(problem -> out.println("ERROR " + problem));
		report.warnings().forEach(warning -> out.println("WARNING " + warning));
		out.println(report.summary());
		writeReportIfAsked(args, RuleTestRunner.junitXml(report), out);
		return report.passed() ? 0 : 1;
	}

	private static void writeReportIfAsked(String[] args, String xml, PrintStream out) {
		for (int i = 3; i < args.length - 1; i++) {
			if (args[i].equals("--report")) {
				Path report = Path.of(args[i + 1]);
				try {
					if (report.toAbsolutePath().getParent() != null) {
						Files.createDirectories(report.toAbsolutePath().getParent());
					}
					Files.writeString(report, xml, StandardCharsets.UTF_8);
					out.println("Report written to " + report);
				}
				catch (IOException ex) {
					out.println("Could not write the report to " + report + ": " + ex.getMessage());
				}
			}
		}
	}

	private static void quietLogging() {
		if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
			root.setLevel(ch.qos.logback.classic.Level.ERROR);
		}
	}

}
