package com.leeway.system;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * What the pages' content security policy must allow once a company identity provider is configured.
 */
final class IdentityProviders {

	private IdentityProviders() {
	}

	/**
	 * The page policy with the providers' addresses added to {@code form-action}: the sign-out form's answer
	 * redirects to the provider to end its session too, and browsers apply {@code form-action} to that redirect.
	 */
	static String pagePolicy(String policy, ClientRegistrationRepository registrations) {
		Set<String> origins = new LinkedHashSet<>();
		if (registrations instanceof Iterable<?> all) {
			for (Object each : all) {
				if (each instanceof ClientRegistration registration) {
					ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
					addOrigin(origins, provider.getIssuerUri());
					addOrigin(origins, provider.getAuthorizationUri());
					Object endSession = provider.getConfigurationMetadata().get("end_session_endpoint");
					addOrigin(origins, endSession == null ? null : endSession.toString());
				}
			}
		}
		if (origins.isEmpty()) {
			return policy;
		}
		return policy.replace("form-action 'self'",
				"form-action 'self' " + origins.stream().collect(Collectors.joining(" ")));
	}

	private static void addOrigin(Set<String> origins, String address) {
		if (address == null || address.isBlank()) {
			return;
		}
		URI uri = URI.create(address);
		if (uri.getScheme() != null && uri.getHost() != null) {
			origins.add(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
		}
	}

}
