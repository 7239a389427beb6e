package com.leeway.account;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, when no administrator exists: creates one from {@code LEEWAY_FIRST_ADMIN_USERNAME} and
 * {@code LEEWAY_FIRST_ADMIN_PASSWORD} if both are set, or else says once, in the log, how to create one on the setup
 * page with a new one-time code. Runs after the demo accounts (whose {@code admin} makes it unnecessary).
 */
@Component
@Order(10)
@ConditionalOnWebApplication
class FirstAdministratorAtStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministratorAtStart.class);

	private final FirstAdministrator firstAdministrator;

	private final String baseUrl;

	private final String username;

	private final String password;

	private final String email;

	private final MessageSource messages;

	FirstAdministratorAtStart(FirstAdministrator firstAdministrator, MessageSource messages,
			@Value("${leeway.base-url:http://localhost:8080}") String baseUrl,
			@Value("${leeway.first-admin.username:}") String username,
			@Value("${leeway.first-admin.password:}") String password,
			@Value("${leeway.first-admin.email:}") String email) {
		this.firstAdministrator = firstAdministrator;
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.username = username;
		this.password = password;
		this.email = email;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!firstAdministrator.needed()) {
			firstAdministrator.forgetSetupCode();
			return;
		}
		if (!username.isBlank() && !password.isBlank()) {
			try {
				firstAdministrator.createFromConfiguration(username, password, email);
				log.info("The first administrator, {}, was created from LEEWAY_FIRST_ADMIN_USERNAME and "
						+ "LEEWAY_FIRST_ADMIN_PASSWORD. You can remove both settings now.", username.strip());
				return;
			}
			catch (RefusedInput ex) {
				log.error("LEEWAY_FIRST_ADMIN_USERNAME and LEEWAY_FIRST_ADMIN_PASSWORD were not used ({}): {}",
						ex.field(), messages.getMessage(ex.messageKey(), null, ex.messageKey(), Locale.ENGLISH));
			}
		}
		String code = firstAdministrator.issueSetupCode();
		log.warn("""

				=====================================================================================
				 Leeway has no administrator yet. To create the first one, open
				   {}/setup
				 and enter this one-time setup code:
				   {}
				 The code works once, until an administrator exists; each start prints a new one.
				 Or start Leeway once with LEEWAY_FIRST_ADMIN_USERNAME and LEEWAY_FIRST_ADMIN_PASSWORD set.
				=====================================================================================""",
				baseUrl, code);
	}

}
