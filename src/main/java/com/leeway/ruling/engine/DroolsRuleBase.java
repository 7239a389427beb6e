package com.leeway.ruling.engine;

import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import com.leeway.ruling.facts.Request;
import com.leeway.ruling.facts.RulingSheet;

/**
 * A compiled rule base. Every evaluation runs in its own short-lived session, so evaluations never share state
 * and any number of threads may evaluate at once.
 */
public final class DroolsRuleBase {

	static final String RULING_GLOBAL = "ruling";

	private final KieBase kieBase;

	private final List<String> ruleNames;

	private final EvaluationLimits limits;

	private final boolean declaresRulingGlobal;

	/**
	 * One long-lived session per thread: each evaluation inserts its request, fires, and deletes every fact again.
	 * Resetting or building a session costs time in proportion to the size of the rule base; deleting one fact
	 * costs only what it matched.
	 */
	private final ThreadLocal<Worker> workers;

	DroolsRuleBase(KieBase kieBase, List<String> ruleNames, EvaluationLimits limits) {
		this.kieBase = kieBase;
		this.workers = ThreadLocal.withInitial(() -> new Worker(kieBase.newKieSession()));
		this.ruleNames = List.copyOf(ruleNames);
		this.limits = limits;
		this.declaresRulingGlobal = kieBase.getKiePackages()
			.stream()
			.map(KiePackage::getGlobalVariables)
			.flatMap(java.util.Collection::stream)
			.anyMatch(global -> global.getName().equals(RULING_GLOBAL));
	}

	public List<String> ruleNames() {
		return ruleNames;
	}

	/**
	 * Runs the rules on one request. The sheet collects what they decide; the answer tells whether the rules
	 * finished or were stopped by a limit.
	 */
	public Evaluation evaluate(Request request) {
		RulingSheet sheet = new RulingSheet(request);
		Worker worker = workers.get();
		Guard guard = worker.guard;
		guard.start(sheet, System.nanoTime() + limits.maxTime().toNanos());
		KieSession session = worker.session;
		try {
			if (declaresRulingGlobal) {
				session.setGlobal(RULING_GLOBAL, sheet);
			}
			session.insert(request);
			int fired = session.fireAllRules(limits.maxFirings() + 1);
			if (fired > limits.maxFirings()) {
				return new Evaluation(sheet, Stop.TOO_MANY_FIRINGS, guard.busiestRule());
			}
			if (guard.timedOut) {
				return new Evaluation(sheet, Stop.TOO_SLOW, guard.lastRule);
			}
			return new Evaluation(sheet, Stop.FINISHED, guard.lastRule);
		}
		catch (RuntimeException ex) {
			// A session in an unknown state is not reused.
			workers.remove();
			throw ex;
		}
		finally {
			// Nothing survives into the next evaluation: every fact goes, including any a rule inserted.
			if (session.getFactCount() > 0) {
				for (org.kie.api.runtime.rule.FactHandle fact : session.getFactHandles()) {
					session.delete(fact);
				}
			}
			if (declaresRulingGlobal) {
				session.setGlobal(RULING_GLOBAL, null);
			}
		}
	}

	/** A thread's session with its listeners attached once; the guard is reset for every evaluation. */
	private static final class Worker {

		private final KieSession session;

		private final Guard guard = new Guard();

		Worker(KieSession session) {
			this.session = session;
			session.addEventListener((org.kie.api.event.rule.AgendaEventListener) guard);
			session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) guard.updates);
		}

	}

	/** Why an evaluation ended. */
	public enum Stop {
		FINISHED, TOO_MANY_FIRINGS, TOO_SLOW
	}

	public record Evaluation(RulingSheet sheet, Stop stop, String lastRule) {
	}

	private static final class UpdateCounter extends org.kie.api.event.rule.DefaultRuleRuntimeEventListener {

		private final java.util.Map<String, Integer> byRule = new java.util.HashMap<>(2);

		@Override
		public void objectUpdated(org.kie.api.event.rule.ObjectUpdatedEvent event) {
			if (event.getRule() != null) {
				byRule.merge(event.getRule().getName(), 1, Integer::sum);
			}
		}

	}

	/** Tells the sheet which rule is speaking, and halts the session when the time limit has passed. */
	private static final class Guard extends DefaultAgendaEventListener {

		private RulingSheet sheet;

		private long deadline;

		private boolean timedOut;

		private String lastRule = "";

		private int firings;

		/** Firings per rule, counted only once an evaluation runs long, to name a looping rule. */
		private java.util.Map<String, Integer> counts;

		void start(RulingSheet sheet, long deadline) {
			this.sheet = sheet;
			this.deadline = deadline;
			this.timedOut = false;
			this.lastRule = "";
			this.firings = 0;
			this.counts = null;
			this.updates.byRule.clear();
		}

		/** Counts which rules change facts: a loop is a rule that keeps updating what it matched. */
		private final UpdateCounter updates = new UpdateCounter();

		String busiestRule() {
			java.util.Map<String, Integer> ranking = updates.byRule.isEmpty() ? counts : updates.byRule;
			return ranking == null || ranking.isEmpty() ? lastRule
					: ranking.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
		}

		@Override
		public void beforeMatchFired(BeforeMatchFiredEvent event) {
			lastRule = event.getMatch().getRule().getName();
			sheet.startRule(lastRule);
			if (++firings > 50) {
				if (counts == null) {
					counts = new java.util.HashMap<>();
				}
				counts.merge(lastRule, 1, Integer::sum);
			}
			if (System.nanoTime() > deadline) {
				timedOut = true;
				((KieSession) event.getKieRuntime()).halt();
			}
		}

	}

}
