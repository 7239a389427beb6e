package com.leeway.identity;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Leeway configured for the test Keycloak's {@code leeway} realm, as docs/identity.md describes: browser sign-in
 * with the {@code leeway} client, bearer tokens of the realm on the API, the realm's groups mapped to roles. The
 * tests that extend it share one application context.
 */
abstract class WithCompanyIdentityProvider {

	static final String PROVIDER_NAME = "Example Corp";

	@DynamicPropertySource
	static void companyIdentityProvider(DynamicPropertyRegistry properties) {
		KeycloakServer keycloak = KeycloakServer.get();
		String issuer = keycloak.issuer(KeycloakServer.REALM);
		String registration = "spring.security.oauth2.client.registration.company.";
		properties.add(registration + "provider", () -> "company");
		properties.add(registration + "client-name", () -> PROVIDER_NAME);
		properties.add(registration + "client-id", () -> KeycloakServer.CLIENT_ID);
		properties.add(registration + "client-secret", () -> KeycloakServer.CLIENT_SECRET);
		properties.add(registration + "scope", () -> "openid,profile,email");
		properties.add("spring.security.oauth2.client.provider.company.issuer-uri", () -> issuer);
		properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
		properties.add("leeway.identity.roles[leeway-managers]", () -> "MANAGER");
		properties.add("leeway.identity.roles[leeway-it]", () -> "IT_STAFF");
		properties.add("leeway.identity.roles[leeway-admins]", () -> "ADMIN");
		// Expired means expired: the short-lived tokens of the tests are not accepted past their time.
		properties.add("leeway.identity.clock-skew", () -> "0s");
	}

}
