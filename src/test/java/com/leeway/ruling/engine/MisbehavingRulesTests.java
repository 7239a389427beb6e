package com.leeway.ruling.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;

import com.leeway.ruling.RequestFacts;
import com.leeway.ruling.facts.Request;

/**
 * The engine answers whatever a rule does at run time: a rule that throws, overflows the stack, fires forever or
 * keeps a firing busy ends its evaluation with a reason, and the thread's next evaluation starts on a fresh
 * session. These rule bases are built straight from DRL, past any check the rule-set compiler makes, because the
 * run-time defence must hold even for rules such a check would refuse.
 */
class MisbehavingRulesTests {

	static final String HEADER = """
			package leeway.rules
			import com.leeway.ruling.facts.Request
			global com.leeway.ruling.facts.RulingSheet ruling

			// Grants everything else, so a working evaluation is easy to tell from a stopped one.
			rule "Approve the rest"
			when
			    Request( usersAffected != 13 )
			then
			    ruling.approve("Fine.");
			end
			""";

	static DroolsRuleBase ruleBase(String drl, EvaluationLimits limits) {
		var kieBase = new KieHelper().addContent(HEADER + drl, ResourceType.DRL).build();
		return new DroolsRuleBase(kieBase, List.of(), limits);
	}

	static Request request(int users) {
		return new Request(RequestFacts.of("WORD_PROCESSING", "WordPerfect", "2021", "Client files.", 30, users,
				"INTERNAL"), null);
	}

	/** Evaluates the misbehaving request and a working one in turn on this thread, many times over. */
	static DroolsRuleBase.Evaluation misbehaveThenWork(DroolsRuleBase rules) {
		DroolsRuleBase.Evaluation stopped = null;
		for (int round = 0; round < 30; round++) {
			stopped = rules.evaluate(request(13));
			assertThat(stopped.stop()).isNotEqualTo(DroolsRuleBase.Stop.FINISHED);
			DroolsRuleBase.Evaluation working = rules.evaluate(request(2));
			assertThat(working.stop()).as("the next evaluation on the same thread").isEqualTo(DroolsRuleBase.Stop.FINISHED);
			assertThat(working.sheet().findings()).singleElement()
				.satisfies(finding -> assertThat(finding.rule()).isEqualTo("Approve the rest"));
		}
		return stopped;
	}

	@Test
	void aConditionThatThrowsEndsTheEvaluationAsFailedAndNamesTheRule() {
		DroolsRuleBase rules = ruleBase("""
				// Fails for 13 users: the remainder of a division by zero.
				rule "Teams of equal size"
				when
				    Request( usersAffected % (usersAffected - 13) == 0 )
				then
				    ruling.approve("Teams divide evenly.");
				end
				""", EvaluationLimits.DEFAULT);

		DroolsRuleBase.Evaluation failed = misbehaveThenWork(rules);

		assertThat(failed.stop()).isEqualTo(DroolsRuleBase.Stop.FAILED);
		assertThat(failed.lastRule()).isEqualTo("Teams of equal size");
		assertThat(failed.failure()).isInstanceOf(RuntimeException.class).hasRootCauseInstanceOf(ArithmeticException.class);
	}

	@Test
	void aConsequenceThatThrowsEndsTheEvaluationAsFailedAndNamesTheRule() {
		DroolsRuleBase rules = ruleBase("""
				// Fails for 13 users: the grant length divides by zero.
				rule "Shorter grants for larger groups"
				dialect "java"
				when
				    $request : Request( usersAffected == 13 )
				then
				    ruling.limitDays(365 / ($request.getUsersAffected() - 13));
				end
				""", EvaluationLimits.DEFAULT);

		DroolsRuleBase.Evaluation failed = misbehaveThenWork(rules);

		assertThat(failed.stop()).isEqualTo(DroolsRuleBase.Stop.FAILED);
		assertThat(failed.lastRule()).isEqualTo("Shorter grants for larger groups");
		assertThat(failed.failure()).hasRootCauseInstanceOf(ArithmeticException.class);
	}

	@Test
	void aRuleThatOverflowsTheStackEndsTheEvaluationAsFailedAndNamesTheRule() {
		DroolsRuleBase rules = ruleBase("""
				function int depth(int level) { return depth(level + 1) + 1; }

				// Calls a function that never stops calling itself: a StackOverflowError, an Error, not an Exception.
				rule "Bottomless"
				when
				    Request( usersAffected == 13 )
				then
				    ruling.approve("Depth " + depth(0));
				end
				""", EvaluationLimits.DEFAULT);

		DroolsRuleBase.Evaluation failed = misbehaveThenWork(rules);

		assertThat(failed.stop()).isEqualTo(DroolsRuleBase.Stop.FAILED);
		assertThat(failed.lastRule()).isEqualTo("Bottomless");
		assertThat(failed.failure()).isInstanceOf(StackOverflowError.class);
	}

	@Test
	void aConsequenceThatKeepsInsertingIsCutShortInsideItsFiring() {
		DroolsRuleBase rules = ruleBase("""
				// One firing that would insert a million facts.
				rule "Flood"
				dialect "java"
				when
				    Request( usersAffected == 13 )
				then
				    for (int i = 0; i < 1000000; i++) {
				        insert(new java.util.ArrayList());
				    }
				    ruling.approve("Flooded.");
				end
				""", EvaluationLimits.DEFAULT);

		DroolsRuleBase.Evaluation stopped = misbehaveThenWork(rules);

		assertThat(stopped.stop()).isEqualTo(DroolsRuleBase.Stop.TOO_MANY_FIRINGS);
		assertThat(stopped.lastRule()).isEqualTo("Flood");
		assertThat(stopped.sheet().findings()).as("the firing ended before its last line").isEmpty();
	}

	@Test
	void aConsequenceThatNeverEndsIsCutShortByTheTimeLimitWhenItChangesAFact() {
		DroolsRuleBase rules = ruleBase("""
				// One firing that never ends on its own.
				rule "Forever"
				dialect "java"
				when
				    $request : Request( usersAffected == 13 )
				then
				    while ($request != null) {
				        update($request);
				    }
				end
				""", new EvaluationLimits(Integer.MAX_VALUE - 1, Duration.ofMillis(50)));

		DroolsRuleBase.Evaluation stopped = rules.evaluate(request(13));

		assertThat(stopped.stop()).isEqualTo(DroolsRuleBase.Stop.TOO_SLOW);
		assertThat(stopped.lastRule()).isEqualTo("Forever");
		assertThat(rules.evaluate(request(2)).stop()).isEqualTo(DroolsRuleBase.Stop.FINISHED);
	}

	@Test
	void anEvaluationPastItsTimeIsHaltedBeforeTheNextFiring() {
		// No time at all: the guard halts the session when the first rule is about to fire.
		DroolsRuleBase rules = ruleBase("", new EvaluationLimits(1000, Duration.ZERO));

		DroolsRuleBase.Evaluation stopped = rules.evaluate(request(2));

		assertThat(stopped.stop()).isEqualTo(DroolsRuleBase.Stop.TOO_SLOW);
		assertThat(stopped.lastRule()).isEqualTo("Approve the rest");
	}

	@Test
	void aRuleThatRetriggersItselfIsStoppedByTheFiringLimit() {
		DroolsRuleBase rules = ruleBase("""
				// Updates what it matched, so it matches again.
				rule "Look again"
				dialect "java"
				when
				    $request : Request( usersAffected == 13 )
				then
				    update($request);
				end
				""", new EvaluationLimits(1000, Duration.ofMinutes(10)));

		DroolsRuleBase.Evaluation stopped = misbehaveThenWork(rules);

		assertThat(stopped.stop()).isEqualTo(DroolsRuleBase.Stop.TOO_MANY_FIRINGS);
		assertThat(stopped.lastRule()).isEqualTo("Look again");
	}

}
