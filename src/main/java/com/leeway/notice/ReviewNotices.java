package com.leeway.notice;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.leeway.account.Directory;
import com.leeway.review.FeedbackAnswered;
import com.leeway.review.MonthlyReviewReady;

/**
 * Tells people what the service review has for them, after the commit: the author of feedback IT staff answered,
 * and each recipient of the monthly review (its figures and a link to the page). Each notice at most once, by its
 * key.
 */
@Component
class ReviewNotices {

	private final Notices notices;

	private final Directory directory;

	private final String baseUrl;

	ReviewNotices(Notices notices, Directory directory,
			@Value("${leeway.base-url:http://localhost:8080}") String baseUrl) {
		this.notices = notices;
		this.directory = directory;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(FeedbackAnswered event) {
		Map<String, Object> model = new HashMap<>();
		model.put("feedback", event.feedback());
		model.put("givenAt", event.givenAt());
		model.put("answer", event.answer());
		model.put("answeredBy", directory.nameOf(event.answeredBy()));
		notices.send(event.author(), null, "FEEDBACK_ANSWER:" + event.feedbackId(),
				new Notices.Message("FEEDBACK_ANSWER", "feedback-answer", true, model));
	}

	@ApplicationModuleListener
	void on(MonthlyReviewReady event) {
		Map<String, Object> model = new HashMap<>();
		model.put("month", event.month());
		model.put("department", event.department());
		model.put("summary", event.summary());
		model.put("link", baseUrl + event.path());
		model.put("name", directory.nameOf(event.recipient()));
		notices.sendLinking(event.recipient(), event.path(), "MONTHLY_REVIEW:" + event.month() + ":" + event.recipient(),
				new Notices.Message("MONTHLY_REVIEW", "monthly-review", true, model));
	}

}
