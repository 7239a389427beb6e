package com.leeway.system.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The last stop for errors that happen before any controller runs (a body the server cannot even split into
 * parameters, a failure in a filter): browsers get Leeway's error page ({@link ErrorPages}), every other client a
 * problem document (RFC 9457, {@code application/problem+json}) with a plain title and detail — never Spring's
 * default error JSON with its timestamp and path.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController extends BasicErrorController {

	private final MessageSource messages;

	ProblemErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> errorViewResolvers,
			MessageSource messages) {
		super(errorAttributes, new ErrorProperties(), errorViewResolvers);
		this.messages = messages;
	}

	@Override
	@RequestMapping
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			return new ResponseEntity<>(status);
		}
		int code = ErrorPages.known(status.value());
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", text(switch (code) {
			case 403 -> "problem.title.forbidden";
			case 404 -> "problem.title.notFound";
			case 405 -> "problem.title.methodNotAllowed";
			case 409 -> "problem.title.conflict";
			case 400 -> "problem.title.invalid";
			default -> "problem.title.unexpected";
		}));
		problem.put("status", status.value());
		problem.put("detail", text(switch (code) {
			case 404 -> "api.path.notFound";
			case 400 -> "api.request.rejected";
			case 500 -> "problem.detail.unexpected";
			default -> "error.page.text." + code;
		}));
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path instanceof String instance) {
			problem.put("instance", instance);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
