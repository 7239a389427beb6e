package com.leeway.emergency;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.account.Actor;
import com.leeway.account.ChangeLog;
import com.leeway.account.Role;
import com.leeway.request.RequestLifecycle;
import com.leeway.request.RequestStatus;
import com.leeway.ruling.RuleEvaluator;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * Declaring, changing and ending emergencies. Managers and administrators may (one rule: {@link #mayDeclare}).
 * Declaring one suspends the granted exceptions in its scope when it says so and tells everyone it concerns;
 * ending it (on its date through {@link EmergencyJobs}, or earlier by a manager or an administrator) grants
 * exactly those exceptions again and tells their holders. Every declaration, change and end is on the record of
 * administrative changes.
 */
@Service
public class EmergencyDesk {

	static final int MAX_REASON = 2000;

	static final int MAX_ENTRIES = 50;

	static final int LONGEST_DAYS = 366;

	static final String SUBJECT_TYPE = "emergency";

	private final EmergencyRecords emergencies;

	private final RequestLifecycle lifecycle;

	private final RuleEvaluator rulings;

	private final ChangeLog changeLog;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	EmergencyDesk(EmergencyRecords emergencies, RequestLifecycle lifecycle, RuleEvaluator rulings, ChangeLog changeLog,
			ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock) {
		this.emergencies = emergencies;
		this.lifecycle = lifecycle;
		this.rulings = rulings;
		this.changeLog = changeLog;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Managers and administrators may declare, change and end emergencies. */
	public static boolean mayDeclare(Actor actor) {
		return actor != null && (actor.is(Role.MANAGER) || actor.is(Role.ADMIN));
	}

	/** The emergencies lasting now, oldest first. */
	@Transactional(readOnly = true)
	public List<EmergencyView> current() {
		Instant now = clock.instant();
		return emergencies.lastingAt(now).stream().map(emergency -> EmergencyView.of(emergency, now)).toList();
	}

	/** Every emergency, newest first. */
	@Transactional(readOnly = true)
	public List<EmergencyView> all() {
		Instant now = clock.instant();
		return emergencies.findAllByOrderByDeclaredAtDescIdDesc()
			.stream()
			.map(emergency -> EmergencyView.of(emergency, now))
			.toList();
	}

	@Transactional(readOnly = true)
	public EmergencyView find(Long id) {
		return EmergencyView.of(emergency(id), clock.instant());
	}

	/** The emergency lasting now that covers this standard or product (a denying one first), if any. */
	@Transactional(readOnly = true)
	Optional<EmergencyView> covering(String standardKey, String product) {
		Instant now = clock.instant();
		return emergencies.lastingAt(now)
			.stream()
			.filter(emergency -> emergency.covers(standardKey, product))
			.min((a, b) -> Boolean.compare(a.getEffect() != Effect.DENY, b.getEffect() != Effect.DENY))
			.map(emergency -> EmergencyView.of(emergency, now));
	}

	@Transactional
	public EmergencyView declare(EmergencyInput input, Actor actor) {
		allowed(actor);
		Declaration declaration = checked(input);
		Instant now = clock.instant();
		Emergency emergency = emergencies.saveAndFlush(new Emergency(declaration, actor.username(), now));
		changeLog.record(actor.username(), SUBJECT_TYPE, String.valueOf(emergency.getId()), "declared", null,
				state(emergency));
		announce(emergency, false);
		return EmergencyView.of(emergency, now);
	}

	@Transactional
	public EmergencyView change(Long id, EmergencyInput input, Actor actor) {
		allowed(actor);
		Emergency emergency = emergency(id);
		Instant now = clock.instant();
		if (!emergency.lastsAt(now)) {
			throw new UserFacingException.Conflict("emergency.over", id);
		}
		Declaration declaration = checked(input);
		Map<String, Object> before = state(emergency);
		emergency.apply(declaration);
		emergencies.saveAndFlush(emergency);
		changeLog.record(actor.username(), SUBJECT_TYPE, String.valueOf(id), "changed", before, state(emergency));
		// Exceptions no longer covered (or no longer to be suspended) are granted again at once.
		List<EmergencyEnded.Restored> restored = new ArrayList<>();
		Set<Long> stillCovered = new LinkedHashSet<>();
		if (emergency.isSuspendsExceptions()) {
			lifecycle.inScope(emergency.standards(), emergency.products())
				.forEach(request -> stillCovered.add(request.id()));
		}
		for (Long requestId : suspendedBy(id)) {
			if (!stillCovered.contains(requestId)) {
				restore(id, requestId, now, restored);
			}
		}
		if (!restored.isEmpty()) {
			events.publishEvent(new EmergencyEnded(id, emergency.getReason(), now, restored));
		}
		announce(emergency, true);
		return EmergencyView.of(emergency, now);
	}

	/** Ends an emergency before its date. */
	@Transactional
	public EmergencyView end(Long id, Actor actor) {
		allowed(actor);
		Emergency emergency = emergency(id);
		if (!emergency.lastsAt(clock.instant())) {
			throw new UserFacingException.Conflict("emergency.over", id);
		}
		finish(emergency, actor.username());
		return EmergencyView.of(emergency, clock.instant());
	}

	/** The emergencies whose date has come. */
	@Transactional(readOnly = true)
	public List<Long> dueToEnd() {
		return emergencies.dueToEndAt(clock.instant()).stream().map(Emergency::getId).toList();
	}

	/** Ends an emergency whose date has come; does nothing to any other. */
	@Transactional
	public void endOnItsDate(Long id) {
		Emergency emergency = emergency(id);
		if (emergency.getEndedAt() != null || emergency.getEndsAt().isAfter(clock.instant())) {
			return;
		}
		finish(emergency, "Leeway");
	}

	private void finish(Emergency emergency, String by) {
		Instant now = clock.instant();
		Map<String, Object> before = state(emergency);
		emergency.end(by, now);
		emergencies.saveAndFlush(emergency);
		changeLog.record(by, SUBJECT_TYPE, String.valueOf(emergency.getId()), "ended", before, state(emergency));
		List<EmergencyEnded.Restored> restored = new ArrayList<>();
		for (Long requestId : suspendedBy(emergency.getId())) {
			restore(emergency.getId(), requestId, now, restored);
		}
		events.publishEvent(new EmergencyEnded(emergency.getId(), emergency.getReason(), now, restored));
	}

	private void restore(Long emergencyId, Long requestId, Instant now, List<EmergencyEnded.Restored> restored) {
		jdbc.update("update emergency_suspension set restored_at = ? where emergency_id = ? and request_id = ?",
				java.sql.Timestamp.from(now), emergencyId, requestId);
		// Another lasting emergency that suspends exceptions and covers it keeps it suspended.
		if (stillSuspendedByAnother(emergencyId, requestId)) {
			return;
		}
		if (lifecycle.restore(requestId)) {
			lifecycle.inScopeById(requestId)
				.ifPresent(request -> restored.add(new EmergencyEnded.Restored(request.id(), request.reference(),
						request.requester(), request.product(), request.expiresAt())));
		}
	}

	private boolean stillSuspendedByAnother(Long emergencyId, Long requestId) {
		Integer others = jdbc.queryForObject(
				"select count(*) from emergency_suspension s join emergency e on e.id = s.emergency_id"
						+ " where s.request_id = ? and s.emergency_id <> ? and s.restored_at is null"
						+ " and e.ended_at is null",
				Integer.class, requestId, emergencyId);
		return others != null && others > 0;
	}

	private List<Long> suspendedBy(Long emergencyId) {
		return jdbc.queryForList(
				"select request_id from emergency_suspension where emergency_id = ? and restored_at is null order by request_id",
				Long.class, emergencyId);
	}

	/** Suspends what the emergency suspends and tells everyone it concerns. */
	private void announce(Emergency emergency, boolean changed) {
		List<EmergencyDeclared.Affected> affected = new ArrayList<>();
		Set<Long> suspended = new LinkedHashSet<>(suspendedBy(emergency.getId()));
		for (RequestLifecycle.InScope request : lifecycle.inScope(emergency.standards(), emergency.products())) {
			boolean nowSuspended = suspended.contains(request.id());
			if (emergency.isSuspendsExceptions() && request.status() == RequestStatus.APPROVED
					&& lifecycle.suspend(request.id(), emergency.getReason())) {
				jdbc.update("insert into emergency_suspension (emergency_id, request_id) values (?, ?)",
						emergency.getId(), request.id());
				nowSuspended = true;
			}
			affected.add(new EmergencyDeclared.Affected(request.id(), request.reference(), request.requester(),
					request.product(), nowSuspended || request.status() == RequestStatus.SUSPENDED));
		}
		events.publishEvent(new EmergencyDeclared(emergency.getId(), emergency.getReason(), emergency.getEndsAt(),
				emergency.getEffect(), changed, affected));
	}

	private Emergency emergency(Long id) {
		return emergencies.findById(id).orElseThrow(() -> new UserFacingException.NotFound("emergency.notFound", id));
	}

	private static void allowed(Actor actor) {
		if (!mayDeclare(actor)) {
			throw new UserFacingException.Forbidden("emergency.notAllowed");
		}
	}

	/** Checks every field and names the first that is wrong. */
	Declaration checked(EmergencyInput input) {
		if (input == null) {
			throw InvalidInput.of("reason", "emergency.reason.required");
		}
		String reason = input.reason() == null ? "" : input.reason().strip();
		if (reason.isEmpty()) {
			throw InvalidInput.of("reason", "emergency.reason.required");
		}
		if (reason.length() > MAX_REASON) {
			throw InvalidInput.of("reason", "emergency.reason.size", MAX_REASON);
		}
		if (!InvalidInput.isPlainText(reason)) {
			throw InvalidInput.of("reason", "text.controlCharacters");
		}
		List<String> standards = entries(input.standards(), "standards");
		for (String key : standards) {
			if (rulings.standards().find(key).isEmpty()) {
				throw InvalidInput.of("standards", "emergency.standards.unknown", shortened(key));
			}
		}
		List<String> products = entries(input.products(), "products");
		for (String product : products) {
			if (product.length() > 200 || !InvalidInput.isPlainText(product)) {
				throw InvalidInput.of("products", "emergency.products.invalid", shortened(product));
			}
		}
		if (standards.isEmpty() && products.isEmpty()) {
			throw InvalidInput.of("standards", "emergency.scope.required");
		}
		Effect effect;
		try {
			effect = Effect.valueOf(String.valueOf(input.effect()).strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of("effect", "emergency.effect.invalid");
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		if (input.endsOn() == null) {
			throw InvalidInput.of("endsOn", "emergency.endsOn.required");
		}
		if (input.endsOn().isBefore(today) || input.endsOn().isAfter(today.plusDays(LONGEST_DAYS))) {
			throw InvalidInput.of("endsOn", "emergency.endsOn.range", LONGEST_DAYS);
		}
		Instant endsAt = input.endsOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		return new Declaration(reason, standards, products, effect, Boolean.TRUE.equals(input.suspendExceptions()),
				endsAt);
	}

	private static List<String> entries(List<String> values, String field) {
		if (values == null) {
			return List.of();
		}
		if (values.size() > MAX_ENTRIES) {
			throw InvalidInput.of(field, "emergency.entries.tooMany", MAX_ENTRIES);
		}
		Set<String> entries = new LinkedHashSet<>();
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				entries.add(value.strip());
			}
		}
		return List.copyOf(entries);
	}

	private static String shortened(String text) {
		return text.length() > 80 ? text.substring(0, 80) + "…" : text;
	}

	private static Map<String, Object> state(Emergency emergency) {
		Map<String, Object> state = new java.util.LinkedHashMap<>();
		state.put("reason", emergency.getReason());
		state.put("standards", emergency.standards());
		state.put("products", emergency.products());
		state.put("effect", emergency.getEffect().name());
		state.put("suspendExceptions", emergency.isSuspendsExceptions());
		state.put("endsAt", emergency.getEndsAt().toString());
		state.put("declaredBy", emergency.getDeclaredBy());
		if (emergency.getEndedAt() != null) {
			state.put("endedAt", emergency.getEndedAt().toString());
			state.put("endedBy", emergency.getEndedBy());
		}
		return state;
	}

}
