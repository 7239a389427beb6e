package com.leeway.account;

import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the company's identity provider in the browser: the same {@link SignedInUser} every
 * page uses, which also keeps the provider's ID token so that signing out can end the provider's session too.
 */
public final class CompanySignedInUser extends SignedInUser implements OidcUser {

	private final OidcUser provided;

	CompanySignedInUser(Employee employee, OidcUser provided) {
		super(employee);
		this.provided = provided;
	}

	@Override
	public Map<String, Object> getClaims() {
		return provided.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return provided.getUserInfo();
	}

	@Override
	public OidcIdToken getIdToken() {
		return provided.getIdToken();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return provided.getAttributes();
	}

	@Override
	public String getName() {
		return getUsername();
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
