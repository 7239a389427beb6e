package com.leeway.ruling.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;

import com.leeway.ruling.facts.Request;
import com.leeway.ruling.facts.RulingSheet;

/**
 * A compiled rule base. Evaluations never share state, and any number of threads may evaluate at once.
 * <p>
 * Whatever a rule does at run time, {@link #evaluate} answers: a rule that throws (an exception or an error such
 * as a stack overflow) ends the evaluation as {@link Stop#FAILED}, a rule that fires too often or runs too long
 * ends it as {@link Stop#TOO_MANY_FIRINGS} or {@link Stop#TOO_SLOW}. A session that did not finish normally is
 * disposed and never used again.
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
	 * finished, were stopped by a limit, or failed. Never throws for anything a rule does.
	 */
	public Evaluation evaluate(Request request) {
		RulingSheet sheet = new RulingSheet(request);
		Worker worker;
		try {
			worker = workers.get();
		}
		catch (Throwable failure) {
			// Not even a session could be made (for example out of memory): nothing ran.
			workers.remove();
			return new Evaluation(sheet, Stop.FAILED, "", failure);
		}
		Guard guard = worker.guard;
		KieSession session = worker.session;
		guard.start(sheet, System.nanoTime() + limits.maxTime().toNanos(), limits.maxFirings());
		Evaluation evaluation;
		try {
			if (declaresRulingGlobal) {
				session.setGlobal(RULING_GLOBAL, sheet);
			}
			session.insert(request);
			int fired = session.fireAllRules(limits.maxFirings() + 1);
			if (fired > limits.maxFirings() || guard.tooManyChanges) {
				evaluation = new Evaluation(sheet, Stop.TOO_MANY_FIRINGS, guard.busiestRule(), null);
			}
			else if (guard.timedOut) {
				evaluation = new Evaluation(sheet, Stop.TOO_SLOW, guard.lastRule, null);
			}
			else {
				evaluation = new Evaluation(sheet, Stop.FINISHED, guard.lastRule, null);
			}
		}
		catch (Throwable failure) {
			// A limit reached inside a consequence is reported by throwing out of it; anything else is the rule's.
			guard.stop();
			discard(worker);
			if (guard.tooManyChanges) {
				return new Evaluation(sheet, Stop.TOO_MANY_FIRINGS, guard.busiestRule(), null);
			}
			if (guard.timedOut) {
				return new Evaluation(sheet, Stop.TOO_SLOW, guard.lastRule, null);
			}
			return new Evaluation(sheet, Stop.FAILED, failedRule(failure, guard), failure);
		}
		guard.stop();
		if (evaluation.stop() != Stop.FINISHED) {
			// A halted session, or one with matches still waiting, is not worth trusting with the next request.
			discard(worker);
			return evaluation;
		}
		try {
			// Nothing survives into the next evaluation: every fact goes, including any a rule inserted.
			if (session.getFactCount() > 0) {
				for (FactHandle fact : session.getFactHandles()) {
					session.delete(fact);
				}
			}
			if (declaresRulingGlobal) {
				session.setGlobal(RULING_GLOBAL, null);
			}
		}
		catch (Throwable failure) {
			// The rules had finished; only cleaning up failed, so the ruling stands and the session goes.
			discard(worker);
		}
		return evaluation;
	}

	/** Forgets a thread's session and releases what it holds; the thread's next evaluation builds a new one. */
	private void discard(Worker worker) {
		workers.remove();
		try {
			worker.session.dispose();
		}
		catch (Throwable ignored) {
			// A session that cannot even be disposed is simply left to the garbage collector.
		}
	}

	private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"([^\"]+)\"");

	/** The rule that failed: the one firing, the one whose consequence threw, or the one whose condition did. */
	private static String failedRule(Throwable failure, Guard guard) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof ConsequenceException consequence && consequence.getRule() != null) {
				return consequence.getRule().getName();
			}
		}
		if (guard.firing) {
			return guard.lastRule;
		}
		try {
			// Drools names the rule of a failed condition only in its message: ... in [Rule "name" in file.drl]
			Matcher rule = RULE_IN_MESSAGE.matcher(String.valueOf(failure.getMessage()));
			return rule.find() ? rule.group(1) : "";
		}
		catch (Throwable ignored) {
			return "";
		}
	}

	/** A thread's session with its listeners attached once; the guard is reset for every evaluation. */
	private static final class Worker {

		private final KieSession session;

		private final Guard guard = new Guard();

		Worker(KieSession session) {
			this.session = session;
			session.addEventListener((org.kie.api.event.rule.AgendaEventListener) guard);
			session.addEventListener((RuleRuntimeEventListener) guard);
		}

	}

	/** Why an evaluation ended. */
	public enum Stop {
		FINISHED, TOO_MANY_FIRINGS, TOO_SLOW, FAILED
	}

	/**
	 * What an evaluation gave.
	 *
	 * @param lastRule the rule that was running when a limit stopped the evaluation or that failed ("" if unknown)
	 * @param failure what a rule threw, when the evaluation {@link Stop#FAILED}; {@code null} otherwise
	 */
	public record Evaluation(RulingSheet sheet, Stop stop, String lastRule, Throwable failure) {
	}

	/**
	 * Thrown out of a consequence that goes on changing facts after a limit is reached: a halt only takes effect
	 * between firings, this ends the firing itself. Carries no stack trace, it is never shown.
	 */
	private static final class LimitReached extends RuntimeException {

		private static final LimitReached INSTANCE = new LimitReached();

		private LimitReached() {
			super("evaluation limit reached", null, false, false);
		}

	}

	/**
	 * Tells the sheet which rule is speaking, and stops the evaluation when it runs past its time or changes facts
	 * too often: between firings by halting the session, inside a firing when the consequence next inserts,
	 * updates or deletes a fact.
	 */
	private static final class Guard extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

		private RulingSheet sheet;

		private long deadline;

		private boolean armed;

		private boolean firing;

		private boolean timedOut;

		private boolean tooManyChanges;

		private String lastRule = "";

		private int firings;

		private int changes;

		private int maxChanges;

		/** Firings per rule, counted only once an evaluation runs long, to name a looping rule. */
		private java.util.Map<String, Integer> counts;

		/** Updates per rule: a loop is a rule that keeps updating what it matched. */
		private final java.util.Map<String, Integer> updatesByRule = new java.util.HashMap<>(2);

		void start(RulingSheet sheet, long deadline, int maxChanges) {
			this.sheet = sheet;
			this.deadline = deadline;
			this.maxChanges = maxChanges;
			this.armed = true;
			this.firing = false;
			this.timedOut = false;
			this.tooManyChanges = false;
			this.lastRule = "";
			this.firings = 0;
			this.changes = 0;
			this.counts = null;
			if (!updatesByRule.isEmpty()) {
				updatesByRule.clear();
			}
		}

		/** Disarms the guard, so cleaning up the session afterwards is not counted. */
		void stop() {
			this.armed = false;
			this.sheet = null;
		}

		String busiestRule() {
			java.util.Map<String, Integer> ranking = updatesByRule.isEmpty() ? counts : updatesByRule;
			return ranking == null || ranking.isEmpty() ? lastRule
					: ranking.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
		}

		private boolean pastDeadline() {
			return System.nanoTime() - deadline > 0;
		}

		@Override
		public void beforeMatchFired(BeforeMatchFiredEvent event) {
			lastRule = event.getMatch().getRule().getName();
			firing = true;
			sheet.startRule(lastRule);
			if (++firings > 50) {
				if (counts == null) {
					counts = new java.util.HashMap<>();
				}
				counts.merge(lastRule, 1, Integer::sum);
			}
			if (pastDeadline()) {
				timedOut = true;
				((KieSession) event.getKieRuntime()).halt();
			}
		}

		@Override
		public void afterMatchFired(AfterMatchFiredEvent event) {
			firing = false;
			if (!timedOut && pastDeadline()) {
				timedOut = true;
				((KieSession) event.getKieRuntime()).halt();
			}
		}

		@Override
		public void objectInserted(ObjectInsertedEvent event) {
			changed(event.getKieRuntime());
		}

		@Override
		public void objectUpdated(ObjectUpdatedEvent event) {
			if (armed && firing && event.getRule() != null) {
				updatesByRule.merge(event.getRule().getName(), 1, Integer::sum);
			}
			changed(event.getKieRuntime());
		}

		@Override
		public void objectDeleted(ObjectDeletedEvent event) {
			changed(event.getKieRuntime());
		}

		/**
		 * A consequence changed a fact: the one place a long firing can be cut short. Inserting the request itself
		 * is not counted; the time it took is seen at the first firing.
		 */
		private void changed(org.kie.api.runtime.KieRuntime runtime) {
			if (!armed || !firing) {
				return;
			}
			if (++changes > maxChanges) {
				tooManyChanges = true;
			}
			else if (pastDeadline()) {
				timedOut = true;
			}
			else {
				return;
			}
			// Halting stops the session after this firing even if the consequence swallows the exception.
			((KieSession) runtime).halt();
			throw LimitReached.INSTANCE;
		}

	}

}
