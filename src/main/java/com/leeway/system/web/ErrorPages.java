package com.leeway.system.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that never reach a page's controller (an unknown address, a page someone may not open, a wrong method, a
 * crash) are shown to browsers as Leeway's own error page with a plain title, a sentence and a way back, keeping
 * the status. Only pages asking for HTML come here; the API answers problem+json on its own.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		int code = known(status.value());
		ModelAndView page = new ModelAndView(WebExceptionHandler.VIEW_ERROR, status);
		// Not "title": inside the layout that name is the page's title fragment.
		page.addObject("errorTitle", text("error.page.title." + code));
		page.addObject("errorMessage", text("error.page.text." + code));
		page.addObject("forbidden", code == 403);
		return page;
	}

	/** The statuses with their own words; any other client error reads as 400, any other as 500. */
	static int known(int status) {
		return switch (status) {
			case 400, 403, 404, 405, 409 -> status;
			default -> status >= 400 && status < 500 ? 400 : 500;
		};
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
