package com.leeway.account;

import org.springframework.security.core.AuthenticationException;

/**
 * The identity provider vouched for someone Leeway will not sign in: a token without a user name, a user name a
 * local account or another provider person already has, or a person an administrator has switched off.
 */
public class ProviderSignInRefused extends AuthenticationException {

	ProviderSignInRefused(String reason) {
		super(reason);
	}

}
