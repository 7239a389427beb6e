package com.leeway.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.leeway.account.Actor;
import com.leeway.audit.Timeline;
import com.leeway.request.RequestPolicy;
import com.leeway.request.RequestQueries;
import com.leeway.request.RequestStanding;
import com.leeway.request.RequestStatus;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * Satisfaction answers per closed request (only its requester answers or sees them) and feedback from anyone.
 */
@Service
public class Surveys {

	static final int MAX_COMMENT = 2000;

	static final int MAX_FEEDBACK = 4000;

	/** A lost race to insert the first answer is retried; more than a couple of retries means something else. */
	private static final int ANSWER_ATTEMPTS = 3;

	private final SatisfactionRepository answers;

	private final FeedbackRepository feedback;

	private final RequestQueries requests;

	private final Timeline timeline;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Surveys(SatisfactionRepository answers, FeedbackRepository feedback, RequestQueries requests, Timeline timeline,
			Clock clock, PlatformTransactionManager transactionManager) {
		this.answers = answers;
		this.feedback = feedback;
		this.requests = requests;
		this.timeline = timeline;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Records the requester's answer; a later answer replaces an earlier one. Two answers arriving at once both
	 * succeed: each first updates the stored answer and only inserts when there is none, and the one that loses
	 * the race to insert tries again and updates instead.
	 */
	public Satisfaction answer(Long requestId, Actor actor, Integer rating, String comment) {
		for (int attempt = 1;; attempt++) {
			try {
				return transactions.execute(status -> store(requestId, actor, rating, comment));
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				if (attempt == ANSWER_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private Satisfaction store(Long requestId, Actor actor, Integer rating, String comment) {
		ownClosed(requestId, actor);
		if (rating == null || rating < 1 || rating > 5) {
			throw InvalidInput.of("rating", "satisfaction.rating.range");
		}
		String text = comment == null || comment.isBlank() ? null : comment.trim();
		if (text != null && text.length() > MAX_COMMENT) {
			throw InvalidInput.of("comment", "satisfaction.comment.size");
		}
		if (!InvalidInput.isPlainText(text)) {
			throw InvalidInput.of("comment", "text.controlCharacters");
		}
		Instant now = clock.instant();
		if (answers.change(requestId, rating, text, now) == 0) {
			answers.saveAndFlush(new Satisfaction(requestId, rating, text, now));
		}
		timeline.record(requestId, actor.username(), "RATED", java.util.Map.of("rating", String.valueOf(rating)));
		return new Satisfaction(requestId, rating, text, now);
	}

	@Transactional(readOnly = true)
	public Optional<Satisfaction> answerOf(Long requestId, Actor actor) {
		RequestStanding request = requests.standingAsSystem(requestId);
		if (!request.requester().equals(actor.username())) {
			throw new UserFacingException.NotFound("request.notFound", requestId);
		}
		return answers.findById(request.id());
	}

	/** Whether the person should be asked about this request now. */
	@Transactional(readOnly = true)
	public boolean asks(Long requestId, Actor actor, RequestStatus status, String requester) {
		return actor.username().equals(requester) && isClosedForSurvey(status);
	}

	@Transactional
	public Feedback give(Actor actor, String text) {
		if (text == null || text.isBlank()) {
			throw InvalidInput.of("text", "feedback.text.required");
		}
		if (text.length() > MAX_FEEDBACK) {
			throw InvalidInput.of("text", "feedback.text.size");
		}
		if (!InvalidInput.isPlainText(text)) {
			throw InvalidInput.of("text", "text.controlCharacters");
		}
		return feedback.save(new Feedback(actor.username(), text.trim(), clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<Feedback> allFeedback() {
		return feedback.findTop500ByOrderByIdDesc();
	}

	private void ownClosed(Long requestId, Actor actor) {
		RequestPolicy.rate(actor, requests.standingAsSystem(requestId)).orThrow();
	}

	static boolean isClosedForSurvey(RequestStatus status) {
		return !status.isWaiting();
	}

}
