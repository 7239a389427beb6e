package com.leeway.system.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The company identity providers the sign-in page offers ("Sign in with ..."); none when none is configured.
 */
@ControllerAdvice(assignableTypes = LoginController.class)
class LoginProviders {

	/** One provider on the sign-in page: where its button leads and the name it shows. */
	record Provider(String id, String name) {
	}

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	LoginProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
		this.registrations = registrations;
	}

	@ModelAttribute("identityProviders")
	List<Provider> identityProviders() {
		List<Provider> providers = new ArrayList<>();
		if (registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object each : all) {
				if (each instanceof ClientRegistration registration) {
					providers.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
				}
			}
		}
		return providers;
	}

}
