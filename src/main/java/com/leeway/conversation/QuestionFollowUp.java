package com.leeway.conversation;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.leeway.request.RequestConversation;
import com.leeway.request.RequestView;
import com.leeway.request.ServiceLevels;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The follow-through of questions to requesters: a reminder shortly before the answer is due
 * ({@code leeway.service-levels.reminder-before}), and, when nobody answered within
 * {@code leeway.service-levels.answer-days} working days, the request is closed as unanswered (answering still
 * reopens it). Each request runs in its own transaction; the reminder is announced ({@link AnswerReminderDue}) for
 * the notice written in the same transaction, once per question.
 */
@Service
public class QuestionFollowUp {

	private static final Logger log = LoggerFactory.getLogger(QuestionFollowUp.class);

	private final RequestConversation conversation;

	private final ServiceLevels levels;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	QuestionFollowUp(RequestConversation conversation, ServiceLevels levels, ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.conversation = conversation;
		this.levels = levels;
		this.events = events;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${leeway.follow-up.interval:60s}", initialDelayString = "${leeway.follow-up.interval:60s}")
	@SchedulerLock(name = "question-follow-up", lockAtMostFor = "10m")
	public void scheduled() {
		runOnce();
	}

	/** Does everything that is due now. */
	public void runOnce() {
		Instant now = conversation.now();
		for (RequestView request : conversation.waitingForAnswers()) {
			try {
				transactions.executeWithoutResult(status -> followUp(request, now));
			}
			catch (org.springframework.dao.DataIntegrityViolationException ex) {
				log.debug("Question follow-up of request {} was done by another run", request.id());
			}
			catch (RuntimeException ex) {
				log.error("Question follow-up of request {} failed; it is tried again on the next run", request.id(), ex);
			}
		}
	}

	private void followUp(RequestView request, Instant now) {
		Instant due = request.agenda().dueAt();
		if (!now.isBefore(due)) {
			conversation.closeUnanswered(request.id());
		}
		else if (!now.isBefore(due.minus(levels.reminderBefore())) && request.question() != null) {
			events.publishEvent(new AnswerReminderDue(request.id(), request.requester(), request.question().askedAt(), due));
		}
	}

}
