package com.leeway.system;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A Content-Type the JSON API cannot take (a wildcard such as {@code *}{@code /*}, a malformed value, an unknown
 * charset, or anything but JSON where the endpoint reads a body) is turned away before any body is read, as a 415
 * problem saying to send {@code application/json}. Spring would otherwise fail deep inside body reading on a
 * wildcard type, and the container would parse form and multipart bodies before any check.
 */
@Configuration(proxyBeanMethods = false)
class ApiRequestGuards implements WebMvcConfigurer, HandlerInterceptor {

	/**
	 * The firewall refuses requests with suspicious paths or parameter names (a {@code ..} segment, say) before
	 * they reach any controller; under {@code /api/} the refusal is a 400 problem like every other.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(MessageSource messages) {
		HttpStatusRequestRejectedHandler pages = new HttpStatusRequestRejectedHandler();
		return (request, response, ex) -> {
			if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				pages.handle(request, response, ex);
				return;
			}
			String detail = messages.getMessage("api.request.rejected", null, Locale.ENGLISH);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,\"detail\":\""
						+ detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
		};
	}


	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws HttpMediaTypeNotSupportedException {
		String header = request.getHeader(HttpHeaders.CONTENT_TYPE);
		if (header == null || !(handler instanceof HandlerMethod handlerMethod)) {
			return true;
		}
		MediaType type;
		try {
			type = MediaType.parseMediaType(header);
			type.getCharset();
		}
		catch (IllegalArgumentException ex) {
			// a malformed value, or a charset this Java does not know
			throw new HttpMediaTypeNotSupportedException("The Content-Type header is not a media type",
					List.of(MediaType.APPLICATION_JSON));
		}
		if (type.isWildcardType() || type.isWildcardSubtype() || takesBody(handlerMethod) && !isJson(type)) {
			throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.APPLICATION_JSON), null);
		}
		return true;
	}

	/** Bodies of the API are JSON; a form or multipart body would be parsed by the container before any check. */
	private static boolean takesBody(HandlerMethod handler) {
		return Arrays.stream(handler.getMethodParameters()).anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
	}

	private static boolean isJson(MediaType type) {
		return MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json");
	}

}
