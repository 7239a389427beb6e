package com.leeway.system.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * Shows domain errors of browser pages as a plain page with the right status: not found is 404, not a crash.
 * {@link PageExceptions} brings every error of a page's controller here first, so a page never answers JSON.
 */
@ControllerAdvice(annotations = Controller.class)
class WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);

	static final String VIEW_ERROR = "system/error";

	private final MessageSource messages;

	WebExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	/** The error page for anything a page's controller did not handle itself. */
	ModelAndView pageFor(Exception ex) {
		if (ex instanceof UserFacingException userFacing) {
			return userFacing(userFacing);
		}
		if (ex instanceof OptimisticLockingFailureException concurrent) {
			return concurrentChange(concurrent);
		}
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return wrongValue(mismatch);
		}
		if (ex instanceof InvalidInput invalid && !invalid.problems().isEmpty()) {
			InvalidInput.FieldProblem problem = invalid.problems().get(0);
			return page(HttpStatus.BAD_REQUEST, "error.page.title.400",
					text(problem.messageKey(), problem.arguments()));
		}
		if (ex instanceof AccessDeniedException) {
			return statusPage(HttpStatus.FORBIDDEN);
		}
		if (ex instanceof ErrorResponse known) {
			HttpStatus status = HttpStatus.resolve(known.getStatusCode().value());
			return statusPage(status == null ? HttpStatus.BAD_REQUEST : status);
		}
		log.error("Unexpected error on a page", ex);
		return statusPage(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	/** The page for a status alone: its plain title and sentence. */
	ModelAndView statusPage(HttpStatus status) {
		int words = ErrorPages.known(status.value());
		return page(status, "error.page.title." + words, text("error.page.text." + words));
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

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView concurrentChange(OptimisticLockingFailureException ex) {
		return page(HttpStatus.CONFLICT, "error.conflict.title", text("request.changedMeanwhile"));
	}

	/**
	 * A part of the address that is not of its kind: {@code /requests/abc} names no page (404); a filter value such
	 * as {@code ?status=BOGUS} is a wrong value, named plainly (400).
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView wrongValue(MethodArgumentTypeMismatchException ex) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return statusPage(HttpStatus.NOT_FOUND);
		}
		String value = ex.getValue() instanceof Object[] values ? String.join(", ",
				java.util.Arrays.stream(values).map(String::valueOf).toList()) : String.valueOf(ex.getValue());
		if (value.length() > 40) {
			value = value.substring(0, 40) + "…";
		}
		return page(HttpStatus.BAD_REQUEST, "error.page.title.400", text("error.page.badValue", ex.getName(), value));
	}

	private ModelAndView page(HttpStatus status, String titleKey, String message) {
		ModelAndView page = new ModelAndView(VIEW_ERROR, status);
		page.addObject("errorTitle", text(titleKey));
		page.addObject("errorMessage", message);
		page.addObject("forbidden", status == HttpStatus.FORBIDDEN);
		return page;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
