package com.leeway.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the browser session of someone whose account was switched off while they were signed in: their next page
 * sends them to the sign-in page, where they cannot sign in again. (API calls sign in afresh with every call and
 * are refused at once.) Runs after the security filters, on requests that carry a session only.
 */
@Component
class SwitchedOffSessions extends OncePerRequestFilter {

	private final Employees employees;

	SwitchedOffSessions(Employees employees) {
		this.employees = employees;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (session != null && signedIn != null && signedIn.getPrincipal() instanceof SignedInUser user
				&& !employees.findByUsername(user.getUsername()).map(Employee::isEnabled).orElse(false)) {
			SecurityContextHolder.clearContext();
			session.invalidate();
			response.sendRedirect(request.getContextPath() + "/login");
			return;
		}
		chain.doFilter(request, response);
	}

}
