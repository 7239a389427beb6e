package com.leeway.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A Content-Type the JSON API cannot take ({@code *}{@code /*}, {@code text/*}, a malformed value, an unknown
 * charset) is turned away before any body is read, as a 415 problem saying to send {@code application/json}.
 * Spring would otherwise fail deep inside body reading on a wildcard type.
 */
@Configuration(proxyBeanMethods = false)
class ApiContentTypes implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws HttpMediaTypeNotSupportedException {
		String header = request.getHeader(HttpHeaders.CONTENT_TYPE);
		if (header == null || !(handler instanceof HandlerMethod)) {
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
		if (type.isWildcardType() || type.isWildcardSubtype()) {
			throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.APPLICATION_JSON), null);
		}
		return true;
	}

}
