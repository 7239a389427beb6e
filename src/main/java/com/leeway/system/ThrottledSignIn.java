package com.leeway.system;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Asks the {@link SignInThrottle} before any password is checked, and tells it how each sign-in went. Used by the
 * sign-in form, HTTP Basic on the API and the administration endpoints alike.
 */
final class ThrottledSignIn implements AuthenticationManager {

	private final AuthenticationManager delegate;

	private final SignInThrottle throttle;

	ThrottledSignIn(AuthenticationManager delegate, SignInThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication request) {
		String account = request.getName();
		String address = request.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
		Optional<java.time.Duration> paused = throttle.pausedFor(account, address);
		if (paused.isPresent()) {
			throw new SignInPaused(paused.get());
		}
		Authentication result;
		try {
			result = delegate.authenticate(request);
		}
		catch (InternalAuthenticationServiceException ex) {
			// The server could not check (the database is down, say): not the person's failure.
			throw ex;
		}
		catch (AuthenticationException ex) {
			throttle.failed(account, address);
			throw ex;
		}
		throttle.succeeded(account, address);
		return result;
	}

}
