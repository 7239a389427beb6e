package com.leeway.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns every error of the JSON API into an RFC 9457 problem with a plain-language detail, and validation
 * failures into one {@code errors} entry per field. Whatever a client can get wrong (the content type, the JSON,
 * a parameter, the method, the address) is a 4xx saying what to send instead; a 500 is kept for our own faults
 * and says nothing about them beyond a plain sentence.
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
			case NOT_FOUND -> "problem.title.notFound";
			case FORBIDDEN -> "problem.title.forbidden";
			default -> "problem.title.conflict";
		};
		return problem(status, title, text(ex.messageKey(), ex.arguments()), null);
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<ProblemDetail> invalidInput(InvalidInput ex) {
		List<Map<String, String>> errors = ex.problems()
			.stream()
			.map(problem -> Map.of("field", problem.field(), "message", text(problem.messageKey(), problem.arguments())))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "problem.title.invalid", summary(errors), errors);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "problem.title.conflict", text("request.changedMeanwhile"), null);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "problem.title.forbidden", text("api.notAllowed.detail"), null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		// a repeated parameter (?status=A&status=B) arrives as an array
		Object value = ex.getValue() instanceof Object[] values
				? String.join(", ", Arrays.stream(values).map(String::valueOf).toList()) : ex.getValue();
		return fieldProblem(ex.getName(), text("api.parameter.invalid", shortened(String.valueOf(value))));
	}

	/** The firewall turned away something in the request itself (a parameter name, an encoded path). */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(RequestRejectedException ex) {
		return problem(HttpStatus.BAD_REQUEST, "problem.title.invalid", text("api.request.rejected"), null);
	}

	/** A Content-Type or Accept header that is not a media type at all. */
	@ExceptionHandler(InvalidMediaTypeException.class)
	ResponseEntity<ProblemDetail> invalidMediaType(InvalidMediaTypeException ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.title.unsupportedType", text("api.contentType.unsupported"),
				null);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error in the API", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.title.unexpected", text("problem.detail.unexpected"),
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
		return cast(problem(HttpStatus.BAD_REQUEST, "problem.title.invalid", summary(errors), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (isMissingBody(ex)) {
			return cast(problem(HttpStatus.BAD_REQUEST, "problem.title.invalid", text("api.body.missing"), null));
		}
		if (hasCause(ex, StreamConstraintsException.class)) {
			return cast(problem(HttpStatus.BAD_REQUEST, "problem.title.invalid", text("api.body.tooLarge"), null));
		}
		String field = fieldOf(ex);
		if (field == null) {
			return cast(problem(HttpStatus.BAD_REQUEST, "problem.title.invalid", text("api.body.unreadable"), null));
		}
		return cast(fieldProblem(field, text("api.field.wrongType")));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return cast(withHeaders(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.title.unsupportedType",
				text("api.contentType.unsupported"), null), acceptJson()));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return cast(problem(HttpStatus.NOT_ACCEPTABLE, "problem.title.notAcceptable", text("api.accept.unsupported"), null));
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return cast(methodNotAllowed(ex));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return cast(fieldProblem(ex.getParameterName(), text("api.parameter.missing")));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> errors.add(Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
						"message", messages.getMessage(error, locale())))));
		if (errors.isEmpty()) {
			return cast(problem(HttpStatus.BAD_REQUEST, "problem.title.invalid", text("api.body.unreadable"), null));
		}
		return cast(problem(HttpStatus.BAD_REQUEST, "problem.title.invalid", summary(errors), errors));
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return cast(problem(HttpStatus.CONTENT_TOO_LARGE, "problem.title.tooLarge", text("api.body.tooLarge"), null));
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return cast(notFound());
	}

	@Override
	protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return cast(notFound());
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			// Framework details can name classes and internals; the reader gets the plain reason phrase instead.
			HttpStatus known = HttpStatus.resolve(statusCode.value());
			String phrase = known == null ? "The request could not be handled" : known.getReasonPhrase();
			if (problem.getDetail() == null || statusCode.is5xxServerError()) {
				problem.setDetail(phrase + ".");
			}
			if (statusCode.is5xxServerError()) {
				log.error("Unexpected error in the API", ex);
			}
		}
		return response;
	}

	ResponseEntity<ProblemDetail> notFound() {
		return problem(HttpStatus.NOT_FOUND, "problem.title.notFound", text("api.path.notFound"), null);
	}

	ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		HttpHeaders headers = new HttpHeaders();
		if (ex.getSupportedHttpMethods() != null) {
			headers.setAllow(ex.getSupportedHttpMethods());
		}
		String allowed = ex.getSupportedMethods() == null ? "" : String.join(", ", ex.getSupportedMethods());
		return withHeaders(problem(HttpStatus.METHOD_NOT_ALLOWED, "problem.title.methodNotAllowed",
				text("api.method.unsupported", ex.getMethod(), allowed), null), headers);
	}

	ResponseEntity<ProblemDetail> unsupportedMediaType() {
		return withHeaders(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.title.unsupportedType",
				text("api.contentType.unsupported"), null), acceptJson());
	}

	ResponseEntity<ProblemDetail> notAcceptable() {
		return problem(HttpStatus.NOT_ACCEPTABLE, "problem.title.notAcceptable", text("api.accept.unsupported"), null);
	}

	private ResponseEntity<ProblemDetail> fieldProblem(String field, String message) {
		List<Map<String, String>> errors = List.of(Map.of("field", field, "message", message));
		return problem(HttpStatus.BAD_REQUEST, "problem.title.invalid", summary(errors), errors);
	}

	private static HttpHeaders acceptJson() {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		return headers;
	}

	private static ResponseEntity<ProblemDetail> withHeaders(ResponseEntity<ProblemDetail> response,
			HttpHeaders headers) {
		return ResponseEntity.status(response.getStatusCode()).headers(headers).body(response.getBody());
	}

	private static boolean isMissingBody(HttpMessageNotReadableException ex) {
		return ex.getCause() == null && ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing");
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static String shortened(String value) {
		return value.length() > 60 ? value.substring(0, 60) + "…" : value;
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

	private String summary(List<Map<String, String>> errors) {
		return errors.size() == 1 ? text("problem.summary.one", errors.get(0).get("message"))
				: text("problem.summary.many", errors.size());
	}

	/** A problem document; its title is a message key, read in the caller's language like the detail. */
	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String titleKey, String detail,
			List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(text(titleKey));
		if (errors != null) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).body(problem);
	}

	@SuppressWarnings("unchecked")
	private static ResponseEntity<Object> cast(ResponseEntity<?> response) {
		return (ResponseEntity<Object>) response;
	}

	/**
	 * Requests under {@code /api/} that reach no controller (an unknown address, a method or content type no
	 * endpoint takes) get the same problems; every other request keeps the usual error page.
	 */
	@RestControllerAdvice
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class UnhandledApiRequests {

		private final ApiExceptionHandler problems;

		UnhandledApiRequests(ApiExceptionHandler problems) {
			this.problems = problems;
		}

		@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
		ResponseEntity<ProblemDetail> notFound(Exception ex, HttpServletRequest request) throws Exception {
			return api(ex, request, problems.notFound());
		}

		@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
		ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException ex,
				HttpServletRequest request) throws Exception {
			return api(ex, request, problems.methodNotAllowed(ex));
		}

		@ExceptionHandler({ HttpMediaTypeNotSupportedException.class, InvalidMediaTypeException.class,
				MultipartException.class })
		ResponseEntity<ProblemDetail> unsupportedMediaType(Exception ex, HttpServletRequest request) throws Exception {
			return api(ex, request, problems.unsupportedMediaType());
		}

		@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
		ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request)
				throws Exception {
			return api(ex, request, problems.notAcceptable());
		}

		/** Rethrowing hands a page request back to Spring's usual handling (status and error page). */
		private static ResponseEntity<ProblemDetail> api(Exception ex, HttpServletRequest request,
				ResponseEntity<ProblemDetail> problem) throws Exception {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (!path.startsWith("/api/")) {
				throw ex;
			}
			return problem;
		}

	}

}
