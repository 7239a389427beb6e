package com.leeway.notice;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.leeway.account.Directory;
import com.leeway.account.Actor;
import com.leeway.account.Role;
import com.leeway.conversation.AnswerReminderDue;
import com.leeway.conversation.AppealDecided;
import com.leeway.conversation.AppealFiled;
import com.leeway.conversation.AppealView;
import com.leeway.conversation.Appeals;
import com.leeway.conversation.CommentView;
import com.leeway.conversation.CommentWritten;
import com.leeway.conversation.Comments;
import com.leeway.request.RequestAgenda;
import com.leeway.request.RequestAnswered;
import com.leeway.request.RequestClosedUnanswered;
import com.leeway.request.RequestQueries;
import com.leeway.request.RequestQuestionAsked;
import com.leeway.request.RequestStatus;
import com.leeway.request.RequestView;
import com.leeway.request.RequestWithdrawn;

/**
 * Tells people about the conversation on a request: the requester a decider's question (and a reminder before the
 * answer is due), the decider the answer and where the request stands now, both that a question went unanswered,
 * and the holders of a withdrawn request that nothing more is needed from them (their "decision needed" notices are
 * marked done, so it leaves their list of things to do).
 */
@Component
class ConversationNotices {

	private final Notices notices;

	private final RequestQueries queries;

	private final Directory directory;

	private final RequestAgenda agendas;

	private final Comments comments;

	private final Appeals appeals;

	ConversationNotices(Notices notices, RequestQueries queries, Directory directory, RequestAgenda agendas,
			Comments comments, Appeals appeals) {
		this.comments = comments;
		this.appeals = appeals;
		this.notices = notices;
		this.queries = queries;
		this.directory = directory;
		this.agendas = agendas;
	}

	@ApplicationModuleListener
	void on(RequestQuestionAsked event) {
		RequestView request = queries.viewAsSystem(event.requestId());
		Map<String, Object> model = RequestNotices.model(request);
		model.put("askedBy", directory.nameOf(event.askedBy()));
		model.put("question", event.question());
		model.put("due", request.agenda() == null ? null : request.agenda().dueAt());
		notices.send(event.requester(), event.requestId(), "QUESTION:" + event.requestId() + ":" + event.at().toEpochMilli(),
				new Notices.Message("QUESTION", "question", true, model));
	}

	@EventListener
	void on(AnswerReminderDue event) {
		String key = "ANSWER_REMINDER:" + event.requestId() + ":" + event.askedAt().toEpochMilli();
		if (notices.sent(key)) {
			return;
		}
		RequestView request = queries.viewAsSystem(event.requestId());
		Map<String, Object> model = RequestNotices.model(request);
		model.put("due", event.due());
		model.put("askedBy", request.question() == null ? "" : request.question().askedByName());
		model.put("question", request.question() == null ? "" : request.question().text());
		notices.send(event.requester(), event.requestId(), key,
				new Notices.Message("ANSWER_REMINDER", "answer-reminder", true, model));
	}

	@ApplicationModuleListener
	void on(RequestAnswered event) {
		RequestView request = queries.viewAsSystem(event.requestId());
		Map<String, Object> model = RequestNotices.model(request);
		model.put("status", event.status().name());
		model.put("changed", event.changed());
		model.put("answer", lastAnswer(request));
		model.put("due", request.agenda() == null ? null : request.agenda().dueAt());
		String key = "ANSWERED:" + event.requestId() + ":" + request.timeline().size();
		if (event.askedBy() != null) {
			notices.send(event.askedBy(), event.requestId(), key + ":" + event.askedBy(),
					new Notices.Message("ANSWERED", "answered", true, model));
		}
		if (event.status() == RequestStatus.APPROVED || event.status() == RequestStatus.DENIED) {
			Map<String, Object> ruled = RequestNotices.model(request);
			ruled.put("status", event.status().name());
			notices.send(event.requester(), event.requestId(), "RULED_AGAIN:" + event.requestId() + ":" + key,
					new Notices.Message("RULED_AGAIN", "ruled-again", true, ruled));
		}
	}

	@ApplicationModuleListener
	void on(RequestClosedUnanswered event) {
		RequestView request = queries.viewAsSystem(event.requestId());
		Map<String, Object> model = RequestNotices.model(request);
		model.put("forRequester", true);
		notices.send(event.requester(), event.requestId(), "CLOSED_UNANSWERED:" + event.requestId() + ":" + request.closedAt(),
				new Notices.Message("CLOSED_UNANSWERED", "closed-unanswered", true, model));
		if (event.askedBy() != null) {
			Map<String, Object> toAsker = RequestNotices.model(request);
			toAsker.put("forRequester", false);
			notices.send(event.askedBy(), event.requestId(),
					"CLOSED_UNANSWERED:" + event.requestId() + ":" + request.closedAt() + ":" + event.askedBy(),
					new Notices.Message("CLOSED_UNANSWERED", "closed-unanswered", false, toAsker));
		}
	}

	@ApplicationModuleListener
	void on(RequestWithdrawn event) {
		RequestView request = queries.viewAsSystem(event.requestId());
		Map<String, Object> model = RequestNotices.model(request);
		model.put("reason", event.reason());
		for (String holder : event.holders()) {
			notices.settle(holder, event.requestId());
			notices.send(holder, event.requestId(), "WITHDRAWN:" + event.requestId() + ":" + holder,
					new Notices.Message("WITHDRAWN", "withdrawn-holder", false, model));
		}
	}

	@ApplicationModuleListener
	void on(CommentWritten event) {
		RequestView request = queries.viewAsSystem(event.requestId());
		CommentView comment = comments.asSystem(event.commentId());
		Map<String, Object> model = RequestNotices.model(request);
		model.put("author", comment.authorName());
		model.put("body", comment.body());
		model.put("internal", event.internal());
		String owner = event.addressedTo() == null ? null
				: directory.findByEmail(event.addressedTo()).map(found -> found.username()).orElse(null);
		for (String recipient : event.recipients()) {
			model.put("call", recipient.equals(owner));
			notices.send(recipient, event.requestId(), "COMMENT:" + event.commentId() + ":" + recipient,
					new Notices.Message(recipient.equals(owner) ? "CALL_ASKED" : "COMMENT", "comment",
							recipient.equals(owner), new java.util.HashMap<>(model)));
		}
	}

	@ApplicationModuleListener
	void on(AppealFiled event) {
		RequestView request = queries.viewAsSystem(event.requestId());
		Map<String, Object> model = RequestNotices.model(request);
		model.put("appellant", directory.nameOf(event.appellant()));
		model.put("reason", appealOf(event.requestId(), event.appealId()).reason());
		model.put("due", event.dueAt());
		for (Actor staff : directory.withRole(Role.IT_STAFF)) {
			if (!staff.username().equals(event.appellant())) {
				notices.send(staff.username(), event.requestId(), "APPEAL:" + event.appealId() + ":" + staff.username(),
						new Notices.Message("APPEAL", "appeal-filed", true, model));
			}
		}
	}

	@ApplicationModuleListener
	void on(AppealDecided event) {
		RequestView request = queries.viewAsSystem(event.requestId());
		AppealView appeal = appealOf(event.requestId(), event.appealId());
		Map<String, Object> model = RequestNotices.model(request);
		model.put("outcome", event.outcome());
		model.put("decidedBy", directory.nameOf(event.decidedBy()));
		model.put("reason", appeal.decisionReason());
		model.put("status", request.status().name());
		notices.send(event.appellant(), event.requestId(), "APPEAL_DECIDED:" + event.appealId(),
				new Notices.Message("APPEAL_DECIDED", "appeal-decided", true, model));
	}

	private AppealView appealOf(Long requestId, Long appealId) {
		return appeals.asSystem(requestId)
			.stream()
			.filter(appeal -> appeal.id().equals(appealId))
			.findFirst()
			.orElseThrow();
	}

	private static String lastAnswer(RequestView request) {
		return request.timeline() == null ? ""
				: request.timeline()
					.stream()
					.filter(entry -> entry.type().equals("ANSWERED"))
					.reduce((first, second) -> second)
					.map(RequestView.Event::text)
					.orElse("");
	}

}
