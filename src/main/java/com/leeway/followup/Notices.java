package com.leeway.followup;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.account.Actor;
import com.leeway.account.Directory;
import com.leeway.audit.Timeline;
import com.leeway.system.UserFacingException;

/**
 * Creates notices, each at most once (by its key), and records every notice on the request's timeline. A notice
 * is stored in the same transaction as what caused it; e-mail follows from the outbox.
 */
@Service
public class Notices {

	private final NoticeRepository notices;

	private final Timeline timeline;

	private final Directory directory;

	private final Clock clock;

	private final String baseUrl;

	Notices(NoticeRepository notices, Timeline timeline, Directory directory, Clock clock,
			@Value("${leeway.base-url:http://localhost:8080}") String baseUrl) {
		this.notices = notices;
		this.timeline = timeline;
		this.directory = directory;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** What to tell, and whether it matters enough to always go by e-mail. */
	public record Message(String kind, boolean essential, String subject, String body) {
	}

	/**
	 * Sends a notice to a person about a request unless one with the same key exists. The key names the event
	 * ("ESCALATED:42:maria"), so running the same job twice, or on two instances, sends it once.
	 */
	@Transactional
	public boolean send(String recipient, Long requestId, String key, Message message) {
		if (notices.existsByDedupKey(key)) {
			return false;
		}
		String link = requestId == null ? baseUrl + "/notifications" : baseUrl + "/requests/" + requestId;
		notices.saveAndFlush(new Notice(recipient, requestId, message.kind(), message.essential(), key,
				message.subject(), message.body(), link, clock.instant()));
		if (requestId != null) {
			timeline.record(requestId, Timeline.SYSTEM, "NOTICE",
					"Notice to " + directory.nameOf(recipient) + ": " + message.subject());
		}
		return true;
	}

	@Transactional(readOnly = true)
	public List<Notice> of(Actor actor) {
		return notices.findTop200ByRecipientOrderByIdDesc(actor.username());
	}

	@Transactional(readOnly = true)
	public long unread(String username) {
		return notices.countByRecipientAndReadAtIsNull(username);
	}

	@Transactional
	public void markRead(Long id, Actor actor) {
		Notice notice = notices.findById(id)
			.filter(found -> found.getRecipient().equals(actor.username()))
			.orElseThrow(() -> new UserFacingException.NotFound("notice.notFound", id));
		notice.markRead(clock.instant());
	}

}
