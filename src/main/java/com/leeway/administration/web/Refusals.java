package com.leeway.administration.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.leeway.account.AdministrationRefused;
import com.leeway.system.UserFacingException;

/**
 * Administrative changes that were not made, in words: an RFC 9457 problem for the API (400 naming each field, 404,
 * 403 or 409), field messages or the error page for the pages.
 */
@RestControllerAdvice(assignableTypes = { AdminApiController.class, DeputyApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class Refusals {

	private final MessageSource messages;

	Refusals(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(AdministrationRefused.class)
	ResponseEntity<ProblemDetail> problem(AdministrationRefused refused) {
		HttpStatus status = switch (refused.kind()) {
			case INPUT -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case CONFLICT -> HttpStatus.CONFLICT;
		};
		String title = switch (refused.kind()) {
			case INPUT -> "Invalid request";
			case NOT_FOUND -> "Not found";
			case FORBIDDEN -> "Not allowed";
			case CONFLICT -> "Not possible now";
		};
		List<Map<String, String>> errors = new ArrayList<>();
		for (AdministrationRefused.Problem problem : refused.problems()) {
			if (problem.field() != null) {
				errors.add(Map.of("field", problem.field(), "message", text(problem)));
			}
		}
		String detail = errors.isEmpty() ? text(refused.problems().get(0))
				: errors.size() == 1 ? "One field needs attention: " + errors.get(0).get("message")
						: errors.size() + " fields need attention; see errors.";
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(title);
		if (!errors.isEmpty()) {
			body.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).body(body);
	}

	/** The message of one problem, in the reader's language. */
	String text(AdministrationRefused.Problem problem) {
		return messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(), locale());
	}

	/** Each field's first message, for a form; problems without a field under {@code ""}. */
	Map<String, String> byField(AdministrationRefused refused) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (AdministrationRefused.Problem problem : refused.problems()) {
			fields.putIfAbsent(problem.field() == null ? "" : problem.field(), text(problem));
		}
		return fields;
	}

	/** Every message, each with its field (a CSV line and column) in front when there is one. */
	List<String> all(AdministrationRefused refused) {
		return refused.problems().stream()
			.map(problem -> problem.field() == null ? text(problem) : problem.field() + " — " + text(problem))
			.toList();
	}

	/** For pages: not found and not allowed are the error page; the rest is for the form to show. */
	AdministrationRefused forForm(AdministrationRefused refused) {
		switch (refused.kind()) {
			case NOT_FOUND -> throw new UserFacingException.NotFound(refused.problems().get(0).messageKey(),
					refused.problems().get(0).arguments());
			case FORBIDDEN -> throw new UserFacingException.Forbidden(refused.problems().get(0).messageKey(),
					refused.problems().get(0).arguments());
			default -> {
				return refused;
			}
		}
	}

	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
