package com.leeway.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of a page's controller become Leeway's error page before any other handler sees them, so the API's
 * problem+json handler (which also matches page controllers) never answers a browser page. Handlers that answer
 * JSON ({@code @ResponseBody}, {@code @RestController}) and everything under {@code /api/} are left alone.
 */
@Component
class PageExceptions implements HandlerExceptionResolver, Ordered {

	private final WebExceptionHandler pages;

	PageExceptions(WebExceptionHandler pages) {
		this.pages = pages;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(handler instanceof HandlerMethod method) || answersJson(method)
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return null;
		}
		return pages.pageFor(ex);
	}

	private static boolean answersJson(HandlerMethod method) {
		return AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
				|| method.hasMethodAnnotation(ResponseBody.class);
	}

	/** Right after Spring Boot's error attributes, which only remember the error, and before the advice. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
