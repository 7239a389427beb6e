package com.leeway.ruleset.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

import com.leeway.ruleset.CandidateCheck;
import com.leeway.ruleset.RuleTestReport;

/**
 * A rule set check in the reader's language: why it may not be published, and how its rule tests went. The
 * compiler's and the tests' own findings stay as the engine wrote them.
 */
final class CheckWords {

	private CheckWords() {
	}

	/** Why the candidate may not be published, in one sentence; empty when it may. */
	static String verdict(MessageSource messages, Locale locale, CandidateCheck check) {
		if (!check.compilation().succeeded()) {
			return messages.getMessage("rules.verdict.notCompiling", new Object[] { check.errors().size() }, locale);
		}
		if (check.publishable()) {
			return "";
		}
		if (check.tests() == null) {
			return messages.getMessage("rules.verdict.notTested", null, locale);
		}
		return messages.getMessage("rules.verdict.testsFail", new Object[] { summary(messages, locale, check.tests()) },
				locale);
	}

	/** "24 rule tests, 23 passed, 1 failed". */
	static String summary(MessageSource messages, Locale locale, RuleTestReport tests) {
		long failed = tests.failedCount();
		int total = tests.results().size();
		return tests.problems().isEmpty()
				? messages.getMessage("rules.tests.summary", new Object[] { total, total - failed, failed }, locale)
				: messages.getMessage("rules.tests.summary.unreadable",
						new Object[] { total, total - failed, failed, tests.problems().size() }, locale);
	}

}
