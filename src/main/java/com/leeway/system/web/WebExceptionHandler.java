package com.leeway.system.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import com.leeway.system.UserFacingException;

/**
 * Shows domain errors of browser pages as a plain page with the right status: not found is 404, not a crash.
 */
@ControllerAdvice(annotations = Controller.class)
class WebExceptionHandler {

	static final String VIEW_ERROR = "system/error";

	private final MessageSource messages;

	WebExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(UserFacingException.class)
	ModelAndView userFacing(UserFacingException ex) {
		HttpStatus status = ex instanceof UserFacingException.NotFound ? HttpStatus.NOT_FOUND
				: ex instanceof UserFacingException.Forbidden ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
		String titleKey = switch (status) {
			case NOT_FOUND -> "error.notFound.title";
			case FORBIDDEN -> "error.forbidden.title";
			default -> "error.conflict.title";
		};
		if ("request.notFound".equals(ex.messageKey())) {
			// Someone else's request and one that does not exist read the same, kindly, and tell nothing apart.
			return page(status, "error.page.requestNotVisible.title",
					text("error.page.requestNotVisible.text", ex.arguments()));
		}
		return page(status, titleKey, text(ex.messageKey(), ex.arguments()));
	}

	/**
	 * A part of the address that is not of its kind: {@code /requests/abc} names no page (404); a filter value such
	 * as {@code ?status=BOGUS} is a wrong value, named plainly (400).
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView wrongValue(MethodArgumentTypeMismatchException ex) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return page(HttpStatus.NOT_FOUND, "error.page.title.404", text("error.page.text.404"));
		}
		String value = String.valueOf(ex.getValue());
		if (value.length() > 40) {
			value = value.substring(0, 40) + "…";
		}
		return page(HttpStatus.BAD_REQUEST, "error.page.title.400", text("error.page.badValue", ex.getName(), value));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView concurrentChange(OptimisticLockingFailureException ex) {
		return page(HttpStatus.CONFLICT, "error.conflict.title", text("request.changedMeanwhile"));
	}

	private ModelAndView page(HttpStatus status, String titleKey, String message) {
		ModelAndView page = new ModelAndView(VIEW_ERROR, status);
		page.addObject("title", text(titleKey));
		page.addObject("message", message);
		page.addObject("forbidden", status == HttpStatus.FORBIDDEN);
		return page;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
