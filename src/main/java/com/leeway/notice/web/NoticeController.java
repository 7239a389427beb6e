package com.leeway.notice.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.leeway.account.Directory;
import com.leeway.account.SignedInUser;
import com.leeway.notice.Notice;
import com.leeway.notice.Notices;

/**
 * The notifications page and the choice to get every notice by e-mail.
 */
@Controller
class NoticeController {

	static final String VIEW_NOTIFICATIONS = "notice/notifications";

	private final Notices notices;

	private final Directory directory;

	private final MessageSource messages;

	NoticeController(Notices notices, Directory directory, MessageSource messages) {
		this.notices = notices;
		this.directory = directory;
		this.messages = messages;
	}

	/** The person's notices, unread ones marked; reading the page changes nothing (marking read is a POST). */
	@GetMapping("/notifications")
	String notifications(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<Notice> mine = notices.of(user.actor());
		model.addAttribute("notices", mine);
		model.addAttribute("unread", mine.stream().filter(notice -> notice.getReadAt() == null).count());
		model.addAttribute("emailEverything", directory.wantsEveryNoticeByEmail(user.getUsername()));
		return VIEW_NOTIFICATIONS;
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		notices.markRead(id, user.actor());
		return "redirect:/notifications#notice-" + id;
	}

	@PostMapping("/notifications/read")
	String markAllRead(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		int marked = notices.markAllRead(user.actor());
		redirect.addFlashAttribute("flashSuccess",
				messages.getMessage("notice.allRead", new Object[] { marked }, LocaleContextHolder.getLocale()));
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/preferences")
	String preferences(@RequestParam(defaultValue = "false") boolean emailEverything,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		directory.setEmailForEveryNotice(user.getUsername(), emailEverything);
		redirect.addFlashAttribute("flashSuccess",
				messages.getMessage("followup.preferences.saved", null, LocaleContextHolder.getLocale()));
		return "redirect:/notifications";
	}

}
