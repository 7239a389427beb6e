package com.leeway.account;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API call that carries {@code Authorization: Bearer lw_...} with a personal access token. Other
 * bearer tokens and other kinds of sign-in pass untouched; an unknown, revoked or expired personal token, or one
 * whose owner is disabled, is answered at once by the refusal given.
 */
public final class PersonalTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final PersonalTokens tokens;

	private final AuthenticationEntryPoint refused;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	public PersonalTokenFilter(PersonalTokens tokens, AuthenticationEntryPoint refused) {
		this.tokens = tokens;
		this.refused = refused;
	}

	/** Whether the request's bearer token, if any, is a personal access token. */
	public static boolean isPersonalToken(String bearer) {
		return bearer != null && bearer.startsWith(PersonalTokens.PREFIX);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || header.length() <= BEARER.length()
				|| !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		String secret = header.substring(BEARER.length()).strip();
		if (!isPersonalToken(secret)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<SignedInUser> user = tokens.signIn(secret);
		if (user.isEmpty()) {
			contexts.clearContext();
			refused.commence(request, response, new BadCredentialsException("Personal access token not accepted"));
			return;
		}
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
				user.get().getAuthorities()));
		contexts.setContext(context);
		chain.doFilter(request, response);
	}

}
