package com.leeway.notice;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.leeway.account.Directory;
import com.leeway.request.RequestQueries;
import com.leeway.request.RequestView;
import com.leeway.servicelevel.DeadlineNear;
import com.leeway.servicelevel.DecisionOverdue;
import com.leeway.servicelevel.ExpiryNear;
import com.leeway.servicelevel.StatusUpdateDue;

/**
 * Tells people what the service-level jobs found due. These listeners run in the job's own transaction for the
 * request (a plain, synchronous listener), so the notice and the job's step commit together, and the notice's key
 * keeps a repeated or concurrent run from telling anyone twice (a notice already sent is not even written again).
 */
@Component
class ServiceLevelNotices {

	private final Notices notices;

	private final RequestQueries queries;

	private final Directory directory;

	ServiceLevelNotices(Notices notices, RequestQueries queries, Directory directory) {
		this.notices = notices;
		this.queries = queries;
		this.directory = directory;
	}

	@EventListener
	void on(DeadlineNear event) {
		String key = "REMINDER:" + event.waitingAs() + ":" + event.requestId() + ":" + event.holder();
		if (notices.sent(key)) {
			return;
		}
		Map<String, Object> model = model(event.requestId());
		model.put("waitingAs", event.waitingAs().name());
		model.put("due", event.due());
		notices.send(event.holder(), event.requestId(), key, new Notices.Message("REMINDER", "reminder", true, model));
	}

	@EventListener
	void on(DecisionOverdue event) {
		String nextLevelKey = "OVERDUE_NEXT_LEVEL:" + event.waitingAs() + ":" + event.requestId();
		if (notices.sent(nextLevelKey) && event.holders().stream().allMatch(holder -> notices.sent(overdueKey(event, holder)))) {
			return;
		}
		Map<String, Object> model = model(event.requestId());
		model.put("waitingAs", event.waitingAs().name());
		model.put("due", event.due());
		model.put("since", event.waitingSince());
		model.put("nextLevel", directory.nameOf(event.nextLevel()));
		model.put("holders", String.join(", ", event.holders().stream().map(directory::nameOf).toList()));
		for (String holder : event.holders()) {
			notices.send(holder, event.requestId(), overdueKey(event, holder), new Notices.Message("OVERDUE", "overdue", true, model));
		}
		notices.send(event.nextLevel(), event.requestId(), nextLevelKey, new Notices.Message("OVERDUE_ESCALATION", "overdue-next-level", true, model));
	}

	@EventListener
	void on(StatusUpdateDue event) {
		String key = "STATUS:" + event.waitingAs() + ":" + event.requestId() + ":" + event.number();
		if (notices.sent(key)) {
			return;
		}
		Map<String, Object> model = model(event.requestId());
		RequestView request = (RequestView) model.get("request");
		model.put("waitingAs", event.waitingAs().name());
		model.put("due", event.due());
		model.put("late", event.late());
		model.put("nextLevel", directory.nameOf(event.nextLevel()));
		notices.send(request.requester(), event.requestId(), key, new Notices.Message("STATUS_UPDATE", "status-update", false, model));
	}

	@EventListener
	void on(ExpiryNear event) {
		String key = "EXPIRES_IN_" + event.days() + ":" + event.requestId();
		if (notices.sent(key)) {
			return;
		}
		Map<String, Object> model = model(event.requestId());
		RequestView request = (RequestView) model.get("request");
		model.put("days", event.days());
		model.put("expiresAt", event.expiresAt());
		notices.send(request.requester(), event.requestId(), key, new Notices.Message("EXPIRY_WARNING", "expiry-warning", true, model));
	}

	private static String overdueKey(DecisionOverdue event, String holder) {
		return "OVERDUE:" + event.waitingAs() + ":" + event.requestId() + ":" + holder;
	}

	private Map<String, Object> model(Long requestId) {
		return RequestNotices.model(queries.viewAsSystem(requestId));
	}

}
