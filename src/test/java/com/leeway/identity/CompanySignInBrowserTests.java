package com.leeway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.Browser;
import com.leeway.account.Actor;
import com.leeway.account.Directory;
import com.leeway.account.Role;

/**
 * Signing in with the company account in a real headless Chromium, through the real login page of a real Keycloak:
 * the person lands in Leeway with the role their groups map to and the department the provider gives, is updated
 * at the next sign-in after the provider changed them, and signing out ends the provider's session too. The local
 * form stays for local accounts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CompanySignInBrowserTests extends WithCompanyIdentityProvider {

	private static final By SIGN_IN_WITH_PROVIDER = By.linkText("Sign in with " + PROVIDER_NAME);

	private static final By MANAGER_INBOX_LINK = By.linkText("Decisions waiting for me");

	private static final By ALL_REQUESTS_LINK = By.linkText("All requests");

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Test
	void aManagerOfTheProviderLandsInTheManagerInboxWithTheDepartmentTheProviderGives() {
		try (Browser browser = new Browser(port)) {
			signInWithTheProvider(browser, "carol");
			assertThat(browser.currentPath()).startsWith("/manager/inbox");
			assertThat(browser.text(By.cssSelector(".who span"))).isEqualTo("Carol Marsh");
			assertThat(browser.driver().findElements(MANAGER_INBOX_LINK)).hasSize(1);
			assertThat(browser.driver().findElements(ALL_REQUESTS_LINK)).isEmpty();
			assertThat(directory.find("carol")).get()
				.extracting(Actor::role, Actor::department, Actor::email)
				.containsExactly(Role.MANAGER, "Marketing", "carol@example.com");
		}
	}

	@Test
	void itStaffOfTheProviderLandInTheItPages() {
		try (Browser browser = new Browser(port)) {
			signInWithTheProvider(browser, "dave");
			assertThat(browser.currentPath()).startsWith("/it/requests");
			assertThat(browser.driver().findElements(ALL_REQUESTS_LINK)).hasSize(1);
			assertThat(directory.find("dave")).get()
				.extracting(Actor::role, Actor::department)
				.containsExactly(Role.IT_STAFF, "IT");
		}
	}

	@Test
	void someoneInNoMappedGroupIsARequesterAndSeesOnlyTheirOwnRequests() {
		try (Browser browser = new Browser(port)) {
			signInWithTheProvider(browser, "erin");
			assertThat(browser.currentPath()).startsWith("/requests/mine");
			assertThat(browser.driver().findElements(MANAGER_INBOX_LINK)).isEmpty();
			assertThat(browser.driver().findElements(ALL_REQUESTS_LINK)).isEmpty();
			browser.open("/it/requests");
			// Refused by the security filter (403), as for a local requester: the IT list is not shown, the
			// error page for people is.
			assertThat(browser.driver().getTitle()).isEqualTo("Not allowed");
			assertThat(browser.driver().getPageSource()).doesNotContain("All requests");
			assertThat(directory.find("erin")).get().extracting(Actor::role).isEqualTo(Role.REQUESTER);
		}
	}

	@Test
	void theNextSignInTakesOverAChangeOfGroupAndDepartmentAtTheProvider() {
		try (Browser browser = new Browser(port)) {
			signInWithTheProvider(browser, "gina");
			assertThat(browser.currentPath()).startsWith("/requests/mine");
			assertThat(directory.find("gina")).get()
				.extracting(Actor::role, Actor::department)
				.containsExactly(Role.REQUESTER, "Sales");
			signOut(browser);

			KeycloakServer.get().moveUser("gina", "leeway-managers", "Finance");
			try {
				signInWithTheProvider(browser, "gina");
				assertThat(browser.currentPath()).startsWith("/manager/inbox");
				assertThat(directory.find("gina")).get()
					.extracting(Actor::role, Actor::department)
					.containsExactly(Role.MANAGER, "Finance");
			}
			finally {
				KeycloakServer.get().moveUser("gina", null, "Sales");
			}
		}
	}

	@Test
	void signingOutEndsTheProviderSessionSoTheNextSignInAsksForThePasswordAgain() {
		try (Browser browser = new Browser(port)) {
			signInWithTheProvider(browser, "dave");
			signOut(browser);
			assertThat(browser.text(By.cssSelector(".flash.success"))).isEqualTo("You are signed out.");

			browser.open("/login").click(SIGN_IN_WITH_PROVIDER);
			// Still signed in at the provider, it would send the browser straight back into Leeway.
			assertThat(browser.waitFor(By.id("password")).isDisplayed()).isTrue();
			assertThat(browser.driver().getCurrentUrl()).startsWith(KeycloakServer.get().url());
		}
	}

	@Test
	void localAccountsStillSignInWithTheFormNextToTheProvidersButton() {
		try (Browser browser = new Browser(port)) {
			browser.open("/login");
			assertThat(browser.driver().findElements(SIGN_IN_WITH_PROVIDER)).hasSize(1);
			browser.signInAs("maria");
			assertThat(browser.currentPath()).startsWith("/manager/inbox");
		}
	}

	@Test
	void refusesAPersonOfTheProviderWhoseUserNameBelongsToALocalAccount() {
		try (Browser browser = new Browser(port)) {
			browser.open("/login").click(SIGN_IN_WITH_PROVIDER);
			browser.type(By.id("username"), "alice").type(By.id("password"), "alice-pass").click(By.id("kc-login"));
			browser.waitUntil(ExpectedConditions.urlContains("/login?providerError"));
			assertThat(browser.text(By.cssSelector(".flash.error")))
				.isEqualTo("Signing in with your company account did not work. Please try again, or ask your administrator.");
			assertThat(directory.find("alice")).get().extracting(Actor::role).isEqualTo(Role.REQUESTER);
		}
	}

	/** Through Keycloak's own login page, typing the user name and password there. */
	private static void signInWithTheProvider(Browser browser, String user) {
		browser.open("/login").click(SIGN_IN_WITH_PROVIDER);
		browser.waitFor(By.id("username"));
		assertThat(browser.driver().getCurrentUrl()).startsWith(KeycloakServer.get().url());
		browser.type(By.id("username"), user).type(By.id("password"), user + "-pass").click(By.id("kc-login"));
		browser.waitUntil(ExpectedConditions.urlContains("localhost:"));
		browser.waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private static void signOut(Browser browser) {
		browser.click(By.cssSelector("form[action$='/logout'] button"));
		browser.waitUntil(ExpectedConditions.urlContains("/login?logout"));
	}

}
