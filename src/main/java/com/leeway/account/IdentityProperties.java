package com.leeway.account;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which claims of the company's identity provider say who a person is ({@code leeway.identity.*}, see
 * {@code docs/identity.md}). Used only when a provider is configured.
 *
 * @param usernameClaim the person's user name in Leeway, kept from the first sign-in on
 * @param displayNameClaim the name shown on pages
 * @param emailClaim the e-mail address notices go to
 * @param departmentClaim the person's department
 * @param rolesClaim the list of group (or role) names that {@code roles} maps to Leeway roles
 * @param defaultDepartment the department of a person whose token has no department claim
 * @param roles group name to Leeway role; a person in several mapped groups gets the strongest role
 * (ADMIN, then MANAGER, then IT_STAFF), in none REQUESTER
 * @param clockSkew how far past its expiry time a bearer token is still accepted, for clocks that differ
 */
@ConfigurationProperties("leeway.identity")
public record IdentityProperties(String usernameClaim, String displayNameClaim, String emailClaim,
		String departmentClaim, String rolesClaim, String defaultDepartment, Map<String, Role> roles,
		Duration clockSkew) {

	public IdentityProperties {
		usernameClaim = blankTo(usernameClaim, "preferred_username");
		displayNameClaim = blankTo(displayNameClaim, "name");
		emailClaim = blankTo(emailClaim, "email");
		departmentClaim = blankTo(departmentClaim, "department");
		rolesClaim = blankTo(rolesClaim, "groups");
		defaultDepartment = blankTo(defaultDepartment, "General");
		roles = roles == null ? Map.of() : Map.copyOf(roles);
		clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
	}

	private static String blankTo(String value, String otherwise) {
		return value == null || value.isBlank() ? otherwise : value;
	}

}
