package com.leeway.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

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

	private static final String AXE = axeSource();

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

	/**
	 * No accessibility violation axe-core finds, and nothing wider than the window. The footer's language switch
	 * (a form with role "group", which axe-core refuses on every page) belongs to the layout and is left out here.
	 */
	@SuppressWarnings("unchecked")
	private static void checkPage(Browser browser, String page) {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		Object tooWide = js.executeScript("""
				if (document.documentElement.scrollWidth <= window.innerWidth) { return []; }
				return [...document.querySelectorAll('body *')]
				  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
				  .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));""");
		assertThat((List<String>) tooWide).as(page + " fits the window without scrolling sideways").isEmpty();
		js.executeScript(AXE);
		Object violations = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run().then(result => done(result.violations.map(v =>
				  v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))));""");
		assertThat((List<String>) violations).as(page + ": axe-core violations").isEmpty();
	}

	private static String axeSource() {
		try (InputStream in = EmergencyPagesBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
