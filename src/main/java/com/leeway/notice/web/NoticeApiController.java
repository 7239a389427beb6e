package com.leeway.notice.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.leeway.account.SignedInUser;
import com.leeway.notice.Notice;
import com.leeway.notice.Notices;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's notifications over the API.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Notifications")
class NoticeApiController {

	private final Notices notices;

	NoticeApiController(Notices notices) {
		this.notices = notices;
	}

	record NoticeBody(Long id, Long requestId, String kind, String subject, String body, String link,
			Instant createdAt, Instant readAt) {

		static NoticeBody of(Notice notice) {
			return new NoticeBody(notice.getId(), notice.getRequestId(), notice.getKind(), notice.getSubject(),
					notice.getBody(), notice.getLink(), notice.getCreatedAt(), notice.getReadAt());
		}

	}

	record NoticesBody(long unread, List<NoticeBody> notices) {
	}

	@GetMapping("/notifications")
	@Operation(summary = "The caller's notifications, newest first, with the unread count")
	NoticesBody notifications(@AuthenticationPrincipal SignedInUser user) {
		return new NoticesBody(notices.unread(user.getUsername()),
				notices.of(user.actor()).stream().map(NoticeBody::of).toList());
	}

	@PostMapping("/notifications/read")
	@Operation(summary = "Mark every notification of the caller read")
	Map<String, Long> markAllRead(@AuthenticationPrincipal SignedInUser user) {
		notices.markAllRead(user.actor());
		return Map.of("unread", notices.unread(user.getUsername()));
	}

	@PostMapping("/notifications/{id}/read")
	@Operation(summary = "Mark one of the caller's notifications as read")
	Map<String, Long> markRead(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		notices.markRead(id, user.actor());
		return Map.of("unread", notices.unread(user.getUsername()));
	}

}
