package com.leeway.ruling;

/**
 * A compile error or warning in a rule file, pointing at the file, line and column (0 when unknown).
 */
public record RuleProblem(Severity severity, String file, int line, int column, String message) {

	public enum Severity {
		ERROR, WARNING
	}

	public static RuleProblem error(String file, int line, int column, String message) {
		return new RuleProblem(Severity.ERROR, file, line, column, message);
	}

	public static RuleProblem warning(String file, int line, int column, String message) {
		return new RuleProblem(Severity.WARNING, file, line, column, message);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	@Override
	public String toString() {
		return severity + " " + file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + " " + message;
	}

}
