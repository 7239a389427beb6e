package com.leeway.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

/**
 * Turns every error of the JSON API into an RFC 9457 problem with a plain-language detail, and validation
 * failures into one {@code errors} entry per field.
 */
@RestControllerAdvice(basePackages = "com.leeway", annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(UserFacingException.class)
	ResponseEntity<ProblemDetail> userFacing(UserFacingException ex) {
		HttpStatus status = ex instanceof UserFacingException.NotFound ? HttpStatus.NOT_FOUND
				: ex instanceof UserFacingException.Forbidden ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
		String title = switch (status) {
			case NOT_FOUND -> "Not found";
			case FORBIDDEN -> "Not allowed";
			default -> "Not possible now";
		};
		return problem(status, title, text(ex.messageKey(), ex.arguments()), null);
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<ProblemDetail> invalidInput(InvalidInput ex) {
		List<Map<String, String>> errors = ex.problems()
			.stream()
			.map(problem -> Map.of("field", problem.field(), "message", text(problem.messageKey(), problem.arguments())))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", summary(errors), errors);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Not possible now", text("request.changedMeanwhile"), null);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Not allowed", "Your role does not allow this action.", null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		List<Map<String, String>> errors = List.of(Map.of("field", ex.getName(), "message",
				text("api.parameter.invalid", String.valueOf(ex.getValue()))));
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", summary(errors), errors);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error in the API", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
				"Something went wrong on our side and nothing was changed. Please try again; if it keeps happening, tell IT staff.",
				null);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			if (errors.stream().noneMatch(existing -> existing.get("field").equals(error.getField()))) {
				errors.add(Map.of("field", error.getField(), "message",
						messages.getMessage(error, LocaleContextHolder.getLocale())));
			}
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.add(Map.of("field", error.getObjectName(), "message",
					messages.getMessage(error, LocaleContextHolder.getLocale()))));
		return cast(problem(HttpStatus.BAD_REQUEST, "Invalid request", summary(errors), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = fieldOf(ex);
		if (field == null) {
			return cast(problem(HttpStatus.BAD_REQUEST, "Invalid request", text("api.body.unreadable"), null));
		}
		List<Map<String, String>> errors = List.of(Map.of("field", field, "message", text("api.field.wrongType")));
		return cast(problem(HttpStatus.BAD_REQUEST, "Invalid request", summary(errors), errors));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem && problem.getDetail() == null) {
			problem.setDetail(HttpStatus.valueOf(statusCode.value()).getReasonPhrase() + ".");
		}
		return response;
	}

	private static String fieldOf(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		while (cause != null) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				StringBuilder field = new StringBuilder();
				for (JacksonException.Reference reference : jackson.getPath()) {
					if (reference.getPropertyName() != null) {
						field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
					}
				}
				return field.isEmpty() ? null : field.toString();
			}
			cause = cause.getCause();
		}
		return null;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private static String summary(List<Map<String, String>> errors) {
		return errors.size() == 1 ? "One field needs attention: " + errors.get(0).get("message")
				: errors.size() + " fields need attention; see errors.";
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
			List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		if (errors != null) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).body(problem);
	}

	@SuppressWarnings("unchecked")
	private static ResponseEntity<Object> cast(ResponseEntity<?> response) {
		return (ResponseEntity<Object>) response;
	}

}
