package com.leeway.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.account.Actor;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * IT staff (and administrators) mark feedback read and answer it, once; the author hears the answer
 * ({@link FeedbackAnswered}). Kept in the review's own table next to the feedback, which stays as given.
 */
@Service
public class FeedbackDesk {

	static final int MAX_ANSWER = 2000;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FeedbackDesk(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void markRead(Long feedbackId, Actor actor) {
		mayHandle(actor);
		feedback(feedbackId);
		Timestamp now = Timestamp.from(clock.instant());
		if (jdbc.update("update review_feedback set read_at = ?, read_by = ? where feedback_id = ? and read_at is null",
				now, actor.username(), feedbackId) == 0 && !exists(feedbackId)) {
			jdbc.update("insert into review_feedback (feedback_id, read_at, read_by) values (?, ?, ?)", feedbackId,
					now, actor.username());
		}
	}

	@Transactional
	public void answer(Long feedbackId, String answer, Actor actor) {
		mayHandle(actor);
		Map<String, Object> feedback = feedback(feedbackId);
		String text = answer == null ? "" : answer.trim();
		if (text.isEmpty()) {
			throw InvalidInput.of("answer", "review.feedback.answer.required");
		}
		if (text.length() > MAX_ANSWER || !InvalidInput.isPlainText(text)) {
			throw InvalidInput.of("answer", "review.feedback.answer.size", MAX_ANSWER);
		}
		List<String> answered = jdbc.queryForList("select answer from review_feedback where feedback_id = ?",
				String.class, feedbackId);
		if (!answered.isEmpty() && answered.get(0) != null) {
			throw new UserFacingException.Conflict("review.feedback.answered");
		}
		Timestamp now = Timestamp.from(clock.instant());
		if (answered.isEmpty()) {
			jdbc.update("insert into review_feedback (feedback_id, read_at, read_by, answer, answered_by, answered_at)"
					+ " values (?, ?, ?, ?, ?, ?)", feedbackId, now, actor.username(), text, actor.username(), now);
		}
		else {
			jdbc.update("update review_feedback set read_at = coalesce(read_at, ?), read_by = coalesce(read_by, ?),"
					+ " answer = ?, answered_by = ?, answered_at = ? where feedback_id = ?", now, actor.username(), text,
					actor.username(), now, feedbackId);
		}
		events.publishEvent(new FeedbackAnswered(feedbackId, (String) feedback.get("author"),
				(String) feedback.get("text"), instant(feedback.get("created_at")), actor.username(), text));
	}

	private static void mayHandle(Actor actor) {
		if (!actor.seesEverything()) {
			throw new UserFacingException.Forbidden("review.feedback.notAllowed");
		}
	}

	private Map<String, Object> feedback(Long id) {
		List<Map<String, Object>> rows = jdbc.queryForList("select author, text, created_at from feedback where id = ?",
				id);
		if (rows.isEmpty()) {
			throw new UserFacingException.NotFound("review.feedback.notFound", id);
		}
		return rows.get(0);
	}

	private boolean exists(Long id) {
		return !jdbc.queryForList("select feedback_id from review_feedback where feedback_id = ?", Long.class, id)
			.isEmpty();
	}

	private static Instant instant(Object value) {
		if (value instanceof java.time.OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		return null;
	}

}
