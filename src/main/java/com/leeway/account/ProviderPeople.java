package com.leeway.account;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People of the company's identity provider: at every sign-in (browser) or bearer token (API) the person is created
 * or updated from the token's claims, as configured in {@link IdentityProperties}, so nobody has to be registered
 * in Leeway first. A person is recognised by the provider's issuer and subject; the user name is taken at the
 * first sign-in and kept, because requests and decisions refer to it.
 */
@Service
public class ProviderPeople {

	private static final Logger log = LoggerFactory.getLogger(ProviderPeople.class);

	private final Employees employees;

	private final IdentityProperties identity;

	private final Organisation organisation;

	ProviderPeople(Employees employees, IdentityProperties identity, Organisation organisation) {
		this.employees = employees;
		this.identity = identity;
		this.organisation = organisation;
	}

	/** The person a bearer token stands for. */
	@Transactional
	public SignedInUser signedIn(String issuer, String subject, Map<String, Object> claims) {
		return new SignedInUser(upToDate(issuer, subject, claims));
	}

	/** The person who has just signed in in the browser. */
	@Transactional
	public CompanySignedInUser signedIn(OidcUser provided) {
		String issuer = String.valueOf(provided.getIssuer());
		return new CompanySignedInUser(upToDate(issuer, provided.getSubject(), provided.getClaims()), provided);
	}

	private Employee upToDate(String issuer, String subject, Map<String, Object> claims) {
		if (issuer == null || subject == null || subject.isBlank()) {
			throw new ProviderSignInRefused("The token names no issuer or subject");
		}
		Optional<String> displayName = text(claims, identity.displayNameClaim()).map(name -> cut(name, 128));
		String email = text(claims, identity.emailClaim()).map(address -> cut(address, 254)).orElse("");
		String department = cut(text(claims, identity.departmentClaim()).orElse(identity.defaultDepartment()), 64);
		Role role = roleOf(claims.get(identity.rolesClaim()));
		Optional<Employee> known = employees.findByIdentitySourceAndSubject(issuer, subject);
		if (known.isPresent()) {
			Employee employee = known.get();
			if (!employee.isEnabled()) {
				throw new ProviderSignInRefused("The account of " + employee.getUsername() + " is switched off");
			}
			Role roleBefore = employee.getRole();
			String departmentBefore = employee.getDepartment();
			if (roleBefore != role || !departmentBefore.equalsIgnoreCase(department)) {
				department = organisation.follow(employee.getUsername(), roleBefore, departmentBefore, role, department);
			}
			employee.updateFromProvider(displayName.orElse(employee.getUsername()), email, role, department);
			return employee;
		}
		String username = text(claims, identity.usernameClaim())
			.orElseThrow(() -> new ProviderSignInRefused("The token has no " + identity.usernameClaim() + " claim"));
		if (username.length() > 64) {
			throw new ProviderSignInRefused("The user name is longer than 64 characters");
		}
		if (employees.findByUsername(username).isPresent()) {
			log.warn("Refused a sign-in from {}: the user name {} already belongs to another account", issuer,
					username);
			throw new ProviderSignInRefused("The user name " + username + " already belongs to another account");
		}
		log.info("First sign-in of {} from {}: created as {}", username, issuer, role);
		department = organisation.follow(username, null, null, role, department);
		return employees.save(Employee.fromProvider(issuer, subject, username, displayName.orElse(username), email,
				role, department));
	}

	/** The strongest role any of the person's groups maps to; REQUESTER when none does. */
	Role roleOf(Object groups) {
		Collection<?> names = groups instanceof Collection<?> many ? many
				: groups == null ? List.of() : List.of(groups);
		return names.stream()
			.filter(Objects::nonNull)
			.map(name -> identity.roles().get(String.valueOf(name)))
			.filter(Objects::nonNull)
			.max(Comparator.comparingInt(IdentityOrder::strength))
			.orElse(Role.REQUESTER);
	}

	private static String cut(String text, int longest) {
		return text.length() <= longest ? text : text.substring(0, longest);
	}

	private static Optional<String> text(Map<String, Object> claims, String name) {
		Object value = claims.get(name);
		if (value instanceof Collection<?> many) {
			value = many.isEmpty() ? null : many.iterator().next();
		}
		return Optional.ofNullable(value).map(String::valueOf).map(String::strip).filter(text -> !text.isEmpty());
	}

	/** Which role wins when a person is in several mapped groups. */
	private static final class IdentityOrder {

		static int strength(Role role) {
			return switch (role) {
				case REQUESTER -> 0;
				case IT_STAFF -> 1;
				case MANAGER -> 2;
				case ADMIN -> 3;
			};
		}

	}

}
