package com.leeway.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Which Leeway role the groups of a person at the identity provider give, as {@code leeway.identity.roles} maps
 * them.
 */
class ProviderRolesTests {

	private final ProviderPeople people = new ProviderPeople(null, new IdentityProperties(null, null, null, null, null,
			null, Map.of("leeway-managers", Role.MANAGER, "leeway-it", Role.IT_STAFF, "leeway-admins", Role.ADMIN),
			null), null);

	@Test
	void givesTheRoleTheGroupMapsTo() {
		assertThat(people.roleOf(List.of("leeway-it"))).isEqualTo(Role.IT_STAFF);
		assertThat(people.roleOf(List.of("leeway-managers"))).isEqualTo(Role.MANAGER);
		assertThat(people.roleOf("leeway-admins")).isEqualTo(Role.ADMIN);
	}

	@Test
	void givesTheStrongestRoleOfSeveralGroups() {
		assertThat(people.roleOf(List.of("leeway-it", "staff", "leeway-managers"))).isEqualTo(Role.MANAGER);
		assertThat(people.roleOf(List.of("leeway-managers", "leeway-admins", "leeway-it"))).isEqualTo(Role.ADMIN);
	}

	@Test
	void makesSomeoneInNoMappedGroupARequester() {
		assertThat(people.roleOf(null)).isEqualTo(Role.REQUESTER);
		assertThat(people.roleOf(List.of())).isEqualTo(Role.REQUESTER);
		assertThat(people.roleOf(List.of("staff", "LEEWAY-IT", "/leeway-it"))).isEqualTo(Role.REQUESTER);
	}

	@Test
	void readsTheUsualClaimsUnlessConfiguredOtherwise() {
		IdentityProperties defaults = new IdentityProperties(null, null, null, null, null, null, null, null);
		assertThat(List.of(defaults.usernameClaim(), defaults.displayNameClaim(), defaults.emailClaim(),
				defaults.departmentClaim(), defaults.rolesClaim()))
			.containsExactly("preferred_username", "name", "email", "department", "groups");
		assertThat(defaults.roles()).isEmpty();
	}

}
