package com.leeway.request;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.leeway.account.Actor;
import com.leeway.account.Directory;
import com.leeway.audit.Timeline;
import com.leeway.audit.TimelineEntry;
import com.leeway.ruling.Finding;
import com.leeway.ruling.Outcome;

/**
 * Turns a stored request into the {@link RequestView} people and systems read: the ruling's reasons derived from
 * its findings, the agenda where asked for, and the timeline worded in the reader's language from each entry's
 * type and facts ({@code timeline.TYPE} message keys); entries stored as finished text keep their text.
 */
@Component
class RequestViews {

	/** How much of a request a view carries. */
	enum Detail {
		/** Lists: the request and its ruling. */
		BRIEF,
		/** Queues and jobs: also what it waits for, who holds it and when it is due. */
		AGENDA,
		/** One request: also its timeline. */
		FULL
	}

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

	private final Timeline timeline;

	private final Directory directory;

	private final RequestAgenda agendas;

	private final MessageSource messages;

	RequestViews(Timeline timeline, Directory directory, RequestAgenda agendas, MessageSource messages) {
		this.timeline = timeline;
		this.directory = directory;
		this.agendas = agendas;
		this.messages = messages;
	}

	/** A row's agenda, from the row's own facts. */
	RequestView.AgendaView agendaOf(RequestRow row, RequestAgenda agendas) {
		return RequestView.AgendaView.of(agendas.of(row.standing()));
	}

	/** A cache of display names for one answer, so each person is looked up once. */
	final class Names {

		private final Map<String, String> names = new HashMap<>();

		Names() {
		}

		Names(Actor known) {
			names.put(known.username(), known.displayName());
		}

		String of(String username) {
			return username == null ? null : names.computeIfAbsent(username, directory::nameOf);
		}

	}

	Names names() {
		return new Names();
	}

	RequestView of(ExceptionRequest request, Detail detail) {
		return of(request, detail, new Names());
	}

	/** The request as it was just stored, for its submitter: built from memory, without reading anything back. */
	RequestView submitted(ExceptionRequest request, Actor submitter) {
		return of(request, Detail.BRIEF, new Names(submitter));
	}

	RequestView of(ExceptionRequest request, Detail detail, Names names) {
		return of(request, detail, names, agendas);
	}

	/** An agenda that remembers the directory's answers, for a list of many requests ({@link RequestAgenda#remembering}). */
	RequestAgenda listAgenda() {
		return agendas.remembering();
	}

	RequestView of(ExceptionRequest request, Detail detail, Names names, RequestAgenda agendas) {
		RequestView.DecisionView decision = request.getDecision() == null ? null
				: new RequestView.DecisionView(request.getDecision(), request.getDecidedBy(),
						names.of(request.getDecidedBy()), request.getDecidedAt(), request.getDecisionJustification());
		RequestView.RulingView ruling = rulingOf(request);
		RequestView.AgendaView agenda = detail == Detail.BRIEF ? null
				: RequestView.AgendaView.of(agendas.of(request.standing()));
		List<RequestView.Event> events = detail == Detail.FULL ? timelineOf(request.getId(), ruling, names) : null;
		return new RequestView(request.getId(), request.reference(), request.getStatus(), request.getRequester(),
				names.of(request.getRequester()), request.getDepartment(), request.getStandardKey(),
				request.getStandardName(), request.getProduct(), request.getProductVersion(),
				request.getJustification(), request.getDurationDays(), request.getUsersAffected(),
				request.getDataClassification(), request.getCompensatingControls(), request.getEstimatedCost(),
				request.getSubmittedAt(), request.getAcknowledgedAt(), request.getClosedAt(), ruling,
				request.getExpiresAt(), decision, request.getRenewalOfId(), request.getRenewalCount(), events,
				request.getWaitingSince(), request.getAssignedTo(), request.getRenewedById(), agenda,
				request.getQuestion() == null ? null
						: new RequestView.QuestionView(request.getQuestion(), request.getQuestionBy(),
								names.of(request.getQuestionBy()), request.getAskedAt()),
				request.getDecisionConditions(), request.getWithdrawalReason());
	}

	static RequestView.RulingView rulingOf(ExceptionRequest request) {
		var ruling = request.ruling();
		return rulingView(ruling.outcome(), ruling.findings(), ruling.conditions(), ruling.maxDays(),
				ruling.rulesetVersion(), request.getExpiresAt() == null ? null : request.grantedDays());
	}

	static RequestView.RulingView rulingView(Outcome outcome, List<Finding> findings, List<String> conditions,
			Integer maxDays, String rulesetVersion, Integer grantedDays) {
		return new RequestView.RulingView(outcome.name(), Reasons.justification(outcome, findings), conditions,
				findings.stream().map(Finding::rule).filter(rule -> !rule.isEmpty()).distinct().toList(),
				rulesetVersion, findings, Reasons.overruled(outcome, findings), maxDays, grantedDays);
	}

	private List<RequestView.Event> timelineOf(Long id, RequestView.RulingView ruling, Names names) {
		Locale locale = LocaleContextHolder.getLocale();
		return timeline.of(id)
			.stream()
			.map(entry -> new RequestView.Event(entry.getAt(), entry.getActor(), names.of(entry.getActor()),
					entry.getType(), text(entry, names.of(entry.getActor()), ruling, locale)))
			.toList();
	}

	/** The entry in the reader's words; an entry stored as finished text keeps its text. */
	String text(TimelineEntry entry, String actorName, RequestView.RulingView ruling, Locale locale) {
		if (!entry.hasData()) {
			return entry.getText();
		}
		Map<String, String> facts = new LinkedHashMap<>(entry.getData());
		String key = "timeline." + entry.getType() + (facts.containsKey("decision") ? "." + facts.get("decision") : "");
		String pattern = messages.getMessage(key, null, null, locale);
		if (pattern == null) {
			return entry.getType();
		}
		if (pattern.contains("{to}") && !facts.containsKey("to")) {
			pattern = messages.getMessage(key + ".nobody", null, pattern, locale);
		}
		facts.put("actor", actorWords(actorName, facts, locale));
		if (facts.containsKey("outcome")) {
			facts.put("outcome", word("timeline.outcome." + facts.get("outcome"), facts.get("outcome"), locale));
			facts.putIfAbsent("reasons", ruling.justification());
		}
		Matcher placeholder = PLACEHOLDER.matcher(pattern);
		StringBuilder text = new StringBuilder();
		while (placeholder.find()) {
			String name = placeholder.group(1);
			String value = facts.get(name);
			placeholder.appendReplacement(text, Matcher.quoteReplacement(
					value == null ? "" : isMoment(name) ? day(Instant.parse(value), locale) : value));
		}
		placeholder.appendTail(text);
		return text.toString().trim();
	}

	private String actorWords(String actorName, Map<String, String> facts, Locale locale) {
		String role = facts.get("role");
		String pattern = role == null ? null : messages.getMessage("timeline.actor." + role, null, null, locale);
		if (pattern == null) {
			return actorName;
		}
		return pattern.replace("{name}", actorName).replace("{department}", facts.getOrDefault("department", ""));
	}

	private String word(String key, String fallback, Locale locale) {
		String word = messages.getMessage(key, null, null, locale);
		return word == null ? fallback : word;
	}

	private static boolean isMoment(String name) {
		return name.equals("until") || name.equals("due");
	}

	static String day(Instant instant, Locale locale) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(ZoneOffset.UTC).format(instant);
	}

}
