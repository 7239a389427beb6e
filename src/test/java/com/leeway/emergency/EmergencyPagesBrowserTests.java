package com.leeway.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.Browser;
import com.leeway.PageChecks;
import com.leeway.account.Actor;
import com.leeway.account.Role;
import com.leeway.system.AdjustableClock;

/**
 * Declaring an emergency in a real headless Chromium, on a desktop and on a 390 px phone: the manager sees the
 * form's messages, declares it, and everyone then reads the banner with its reason and last day. Every page is
 * checked with axe-core (no violations) and never scrolls sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EmergencyPagesBrowserTests {


	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@Autowired
	EmergencyDesk desk;

	@AfterEach
	void endEverything() {
		Actor admin = new Actor("admin", "Administrator", Role.ADMIN, "IT", null);
		desk.current().forEach(emergency -> desk.end(emergency.id(), admin));
	}

	@Test
	void aManagerDeclaresAnEmergencyAndEveryoneSeesTheBannerOnADesktop() {
		walkThrough(new Dimension(1280, 1000));
	}

	@Test
	void aManagerDeclaresAnEmergencyAndEveryoneSeesTheBannerOnAPhone() {
		walkThrough(new Dimension(390, 900));
	}

	private void walkThrough(Dimension size) {
		try (Browser browser = new Browser(port)) {
			browser.driver().manage().window().setSize(size);
			browser.signInAs("maria");
			browser.open("/emergencies");
			browser.waitFor(By.id("emergency-form"));
			checkPage(browser, "emergencies");

			browser.click(By.id("declare"));
			assertThat(browser.text(By.id("reason-error"))).contains("plain words");
			checkPage(browser, "emergency form with mistakes");

			browser.type(By.id("reason"), "A flaw in WordPerfect lets documents run code when opened.")
				.type(By.id("products"), "WordPerfect");
			browser.click(By.cssSelector("input[name=effect][value=DENY]"));
			LocalDate lastDay = LocalDate.now(clock).plusDays(3);
			((JavascriptExecutor) browser.driver())
				.executeScript("document.getElementById('endsOn').value = arguments[0];", lastDay.toString());
			browser.click(By.id("declare"));
			browser.waitFor(By.cssSelector(".flash.success"));
			assertThat(browser.text(By.id("emergency-banner"))).contains("A flaw in WordPerfect")
				.contains(String.valueOf(lastDay.getYear()));
			checkPage(browser, "emergencies with one");

			browser.signInAs("alice");
			browser.open("/standards");
			assertThat(browser.text(By.id("emergency-banner"))).contains("A flaw in WordPerfect")
				.contains("refused");
			checkPage(browser, "standards under an emergency");
		}
	}

	/** No accessibility violation axe-core finds, and nothing wider than the window. */
	private static void checkPage(Browser browser, String page) {
		PageChecks.fitsAndIsAccessible(browser, page);
	}


}
