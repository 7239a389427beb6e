package com.leeway.notice;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.account.Actor;
import com.leeway.system.UserFacingException;

/**
 * Creates notices, each at most once (by its key), written for their recipient in the recipient's language. A
 * notice is the recipient's own: it is not copied onto the request's timeline, which records what happened to
 * the request. E-mail follows from the outbox.
 */
@Service
public class Notices {

	private final NoticeRepository notices;

	private final NoticeWriter writer;

	private final RecipientLocales locales;

	private final Clock clock;

	private final String baseUrl;

	Notices(NoticeRepository notices, NoticeWriter writer, RecipientLocales locales, Clock clock,
			@Value("${leeway.base-url:http://localhost:8080}") String baseUrl) {
		this.notices = notices;
		this.writer = writer;
		this.locales = locales;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * What to tell: the notice's kind, which names its template ({@code templates/notice/text/<template>.txt}),
	 * whether it matters enough to always go by e-mail, and the values the template shows.
	 */
	record Message(String kind, String template, boolean essential, Map<String, Object> model) {
	}

	/**
	 * Sends a notice to a person about a request unless one with the same key exists. The key names the event
	 * ("ESCALATED:42:maria"), so running the same job twice, or on two instances, sends it once.
	 */
	@Transactional
	boolean send(String recipient, Long requestId, String key, Message message) {
		if (notices.existsByDedupKey(key)) {
			return false;
		}
		NoticeWriter.Written written = writer.write(message.template(), locales.of(recipient), message.model());
		String link = requestId == null ? baseUrl + "/notifications" : baseUrl + "/requests/" + requestId;
		notices.saveAndFlush(new Notice(recipient, requestId, message.kind(), message.essential(), key,
				cut(written.subject(), 300), cut(written.body(), 8000), link, clock.instant()));
		return true;
	}

	/**
	 * Sends a notice about no request, linking to a page of Leeway ({@code path} from the root, e.g. a service
	 * review), unless one with the same key exists.
	 */
	@Transactional
	boolean sendLinking(String recipient, String path, String key, Message message) {
		if (notices.existsByDedupKey(key)) {
			return false;
		}
		NoticeWriter.Written written = writer.write(message.template(), locales.of(recipient), message.model());
		notices.saveAndFlush(new Notice(recipient, null, message.kind(), message.essential(), key,
				cut(written.subject(), 300), cut(written.body(), 8000), baseUrl + path, clock.instant()));
		return true;
	}

	/** Whether the notice with this key exists already. */
	@Transactional(readOnly = true)
	boolean sent(String key) {
		return notices.existsByDedupKey(key);
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

	/** Kinds of notice that ask their reader to act on a request. */
	static final java.util.Set<String> TO_DO = java.util.Set.of("ESCALATED", "REVIEW", "REMINDER", "OVERDUE",
			"OVERDUE_ESCALATION", "ANSWERED");

	/**
	 * The request no longer needs this person (it was withdrawn): their notices asking them to act on it are done,
	 * marked read so they leave the list of what is new.
	 */
	@Transactional
	void settle(String recipient, Long requestId) {
		notices.findByRecipientAndRequestIdAndReadAtIsNull(recipient, requestId)
			.stream()
			.filter(notice -> TO_DO.contains(notice.getKind()))
			.forEach(notice -> notice.markRead(clock.instant()));
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

	/** Marks every unread notice of the person read; how many were unread. */
	@Transactional
	public int markAllRead(Actor actor) {
		return notices.markAllRead(actor.username(), clock.instant());
	}

}
