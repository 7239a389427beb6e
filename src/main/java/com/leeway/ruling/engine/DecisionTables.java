package com.leeway.ruling.engine;

import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

import com.leeway.ruling.RuleProblem;

/**
 * Turns decision tables ({@code .drl.csv}, {@code .drl.xlsx}) into DRL with Drools' own decision-table compiler,
 * so the rule-file guard checks the very rules that will be built, and points problems found in that DRL back at
 * the row of the table they came from. Whatever the file holds, reading it never fails with an exception: a file
 * that is not a decision table is a plain problem.
 */
final class DecisionTables {

	/** The DRL of a table, or why there is none. */
	record Converted(String drl, RuleProblem problem) {
	}

	private static final Pattern RULE_ROW = Pattern.compile("^\\s*// rule values at [A-Z]+([0-9]+),");

	private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule \"((?:[^\"\\\\]|\\\\.)*)\"");

	private DecisionTables() {
	}

	static Converted toDrl(String path, byte[] content) {
		boolean csv = path.endsWith(".csv");
		if (content.length == 0) {
			return failed(path, "The decision table is empty.");
		}
		if (csv && RuleFileGuard.decode(content) == null) {
			return failed(path, "The decision table is not plain UTF-8 text; save it as CSV in UTF-8 and try again.");
		}
		if (csv && lines(content) > RuleLimits.MAX_TABLE_ROWS) {
			return failed(path, tooManyRows());
		}
		String drl;
		try {
			drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), csv ? InputType.CSV : InputType.XLS);
		}
		catch (Exception | StackOverflowError ex) {
			return failed(path, "The decision table could not be read: it must be a " + (csv ? "CSV" : "XLSX")
					+ " file laid out as in the shipped end-of-life.drl.csv (a RuleSet row, then a RuleTable). "
					+ detail(ex));
		}
		if (drl == null || !drl.contains("rule \"")) {
			return failed(path, "The decision table has no rules: it needs a RuleTable row followed by one row per rule, as in the shipped end-of-life.drl.csv.");
		}
		if (RULE_ROWS.matcher(drl).results().limit(RuleLimits.MAX_TABLE_ROWS + 1L).count() > RuleLimits.MAX_TABLE_ROWS) {
			return failed(path, tooManyRows());
		}
		return new Converted(drl, null);
	}

	private static final Pattern RULE_ROWS = Pattern.compile("(?m)^\\s*// rule values at ");

	private static String tooManyRows() {
		return String.format(java.util.Locale.ROOT,
				"The decision table has more than %,d rows; one table may have at most %,d, and every row is a rule. Split it into several tables, or merge rows that decide alike.",
				RuleLimits.MAX_TABLE_ROWS, RuleLimits.MAX_TABLE_ROWS);
	}

	/** Lines of a text file, counted on its bytes before anything reads it as a table. */
	private static long lines(byte[] content) {
		long lines = 1;
		for (byte b : content) {
			if (b == '\n') {
				lines++;
			}
		}
		return lines;
	}

	private static String detail(Throwable ex) {
		String message = ex.getMessage();
		if (message == null || message.isBlank()) {
			return "";
		}
		message = message.strip().replaceAll("\\s+", " ");
		return "(" + (message.length() > 200 ? message.substring(0, 200) + "..." : message) + ")";
	}

	private static Converted failed(String path, String message) {
		return new Converted(null, RuleProblem.error(path, 0, 0, message));
	}

	/**
	 * Points a problem found at a line of the DRL generated from a table at the table's row instead: the row of
	 * the rule (Drools marks it in the DRL), or the row of the cell that made the line (Import, Variables, ...).
	 */
	static RuleProblem locate(RuleProblem problem, String drl, String table) {
		String[] lines = drl.split("\\R", -1);
		int at = Math.min(problem.line(), lines.length) - 1;
		for (int i = at; i >= 0; i--) {
			Matcher row = RULE_ROW.matcher(lines[i]);
			if (row.find()) {
				String rule = ruleNameAfter(lines, i);
				String message = problem.message().replaceFirst("^In rule \"" + Pattern.quote(rule) + "\": ", "");
				return new RuleProblem(problem.severity(), problem.file(), Integer.parseInt(row.group(1)), 1,
						"Row of the rule \"" + rule + "\": " + message);
			}
		}
		// Before the first rule: the line came from a cell such as Import, Variables or Functions.
		int exact = at >= 0 ? rowHolding(table, lines[at], problem.file()) : 0;
		if (exact > 0) {
			return new RuleProblem(problem.severity(), problem.file(), exact, 1, problem.message());
		}
		for (int i = at; i >= 0; i--) {
			String keyword = headerCell(lines[i]);
			if (keyword != null) {
				int line = rowOf(table, keyword, lines[i], problem.file());
				return new RuleProblem(problem.severity(), problem.file(), line, line > 0 ? 1 : 0,
						"In the " + keyword + " cell: " + problem.message());
			}
		}
		return new RuleProblem(problem.severity(), problem.file(), 0, 0, problem.message());
	}

	/** The line of a CSV table that holds a DRL line written from one of its cells, or 0. */
	private static int rowHolding(String table, String drlLine, String path) {
		String content = drlLine.strip().replaceFirst(";$", "").replace("\"", "");
		if (table == null || !path.endsWith(".csv") || content.length() < 5 || headerCell(drlLine) != null) {
			return 0;
		}
		String[] lines = table.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].replace("\"", "").contains(content)) {
				return i + 1;
			}
		}
		return 0;
	}

	private static String ruleNameAfter(String[] lines, int from) {
		for (int i = from; i < lines.length && i < from + 3; i++) {
			Matcher name = RULE_NAME.matcher(lines[i]);
			if (name.find()) {
				return name.group(1);
			}
		}
		return "";
	}

	private static String headerCell(String line) {
		String trimmed = line.strip();
		if (trimmed.startsWith("import ")) {
			return "Import";
		}
		if (trimmed.startsWith("global ")) {
			return "Variables";
		}
		if (trimmed.startsWith("function ")) {
			return "Functions";
		}
		if (trimmed.startsWith("query ")) {
			return "Queries";
		}
		if (trimmed.startsWith("declare ")) {
			return "Declare";
		}
		if (trimmed.startsWith("package ")) {
			return "RuleSet";
		}
		return null;
	}

	/**
	 * The line of a CSV table whose first cell is the keyword, preferring the one that holds what the DRL line
	 * says; 0 when unknown (XLSX).
	 */
	private static int rowOf(String table, String keyword, String drlLine, String path) {
		if (table == null || !path.endsWith(".csv")) {
			return 0;
		}
		String content = drlLine.strip().replaceFirst("^\\S+\\s+", "").replaceFirst(";$", "").replace("\"", "");
		content = content.substring(0, Math.min(content.length(), 30));
		String[] lines = table.split("\\R", -1);
		int first = 0;
		for (int i = 0; i < lines.length; i++) {
			String cell = lines[i].split(",", 2)[0].replace("\"", "").strip();
			if (cell.equalsIgnoreCase(keyword)) {
				if (!content.isEmpty() && lines[i].replace("\"", "").contains(content)) {
					return i + 1;
				}
				first = first == 0 ? i + 1 : first;
			}
		}
		return first;
	}

}
