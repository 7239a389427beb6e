package com.leeway.administration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.Browser;
import com.leeway.PageChecks;
import com.leeway.system.AdjustableClock;

/**
 * The administration pages in a real headless Chromium, on a desktop and on a 390 px phone: an administrator
 * adds a person, sees the field messages, switches the account off after confirming, keeps departments and
 * deputies and reads the changes; a manager chooses a deputy on "My deputies". Every page is checked with axe-core
 * (no violations) and never scrolls sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdministrationPagesBrowserTests {


	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@Test
	void letsAnAdministratorManagePeopleDepartmentsAndDeputiesOnADesktop() {
		walkThrough(new Dimension(1280, 1000));
	}

	@Test
	void letsAnAdministratorManagePeopleDepartmentsAndDeputiesOnAPhone() {
		walkThrough(new Dimension(390, 900));
	}

	private void walkThrough(Dimension size) {
		String username = "p" + UUID.randomUUID().toString().substring(0, 6);
		try (Browser browser = new Browser(port)) {
			browser.driver().manage().window().setSize(size);
			browser.signInAs("admin");

			browser.open("/admin/people");
			checkPage(browser, "people");
			browser.type(By.id("q"), "mari").click(By.cssSelector("form[role=search] button"));
			browser.waitUntil(ExpectedConditions.urlContains("q=mari"));
			assertThat(browser.text(By.id("people"))).contains("maria").doesNotContain("frank");

			browser.click(By.id("new-person"));
			browser.waitFor(By.id("person-form"));
			checkPage(browser, "new person");
			browser.type(By.id("username"), username)
				.type(By.id("displayName"), "Pat Example")
				.type(By.id("email"), "not an address")
				.type(By.id("department"), "Sales")
				.type(By.id("password"), "short");
			new Select(browser.driver().findElement(By.id("role"))).selectByValue("MANAGER");
			browser.click(By.cssSelector("#person-form button[type=submit]"));
			assertThat(browser.text(By.id("email-error"))).contains("e-mail address");
			assertThat(browser.text(By.id("password-error"))).contains("12 characters");
			checkPage(browser, "new person with mistakes");

			browser.type(By.id("email"), "pat@example.com").type(By.id("password"), "violet tuesday harbour");
			browser.click(By.cssSelector("#person-form button[type=submit]"));
			assertThat(browser.textBecomes(By.id("person-username"), username)).isEqualTo(username);
			checkPage(browser, "person");

			browser.click(By.id("deactivate"));
			browser.waitFor(By.id("confirm-deactivate"));
			checkPage(browser, "confirm switching off");
			browser.click(By.id("confirm-deactivate"));
			assertThat(browser.textBecomes(By.id("person-state"), "Switched off")).isEqualTo("Switched off");

			browser.open("/admin/people/import");
			checkPage(browser, "import");
			browser.type(By.id("csv"), "username,displayName,email,role,department,password\nx,,y,BOSS,Sales,short");
			browser.click(By.id("import"));
			assertThat(browser.text(By.id("import-problems"))).contains("line 2: username", "line 2: role");
			checkPage(browser, "import with mistakes");

			browser.open("/admin/departments");
			checkPage(browser, "departments");
			browser.click(By.linkText("Sales"));
			browser.waitFor(By.id("save-department"));
			assertThat(browser.driver().findElement(By.id("managers")).getAttribute("value")).contains(username);
			browser.type(By.id("nextLevel"), "frank").click(By.id("save-department"));
			browser.waitFor(By.cssSelector(".flash.success"));
			checkPage(browser, "department");

			browser.open("/admin/deputies");
			checkPage(browser, "deputies");
			LocalDate today = LocalDate.now(clock);
			browser.type(By.id("manager"), "frank").type(By.id("deputy"), "bob").type(By.id("reason"), "Holiday");
			typeDate(browser, "from", today);
			typeDate(browser, "to", today.plusDays(3));
			browser.click(By.cssSelector("#deputy-form button[type=submit]"));
			browser.waitFor(By.cssSelector(".flash.success"));
			assertThat(browser.text(By.id("deputies"))).contains("frank", "bob", "Holiday");
			checkPage(browser, "deputies with one");

			browser.open("/admin/audit?person=" + username);
			assertThat(browser.text(By.id("changes"))).contains("Account of " + username + " made",
					"Account of " + username + " switched off");
			checkPage(browser, "changes");

			browser.signInAs("maria");
			browser.open("/account/deputies");
			checkPage(browser, "my deputies");
			browser.type(By.id("deputy"), "alice").type(By.id("reason"), "Training");
			typeDate(browser, "from", today.plusDays(1));
			typeDate(browser, "to", today.plusDays(2));
			browser.click(By.cssSelector("#deputy-form button[type=submit]"));
			browser.waitFor(By.cssSelector(".flash.success"));
			assertThat(browser.text(By.id("deputies"))).contains("alice", "Training");
			checkPage(browser, "my deputies with one");
		}
	}

	/** Sets a date field the way the page's date input takes it, whatever the browser's locale. */
	private static void typeDate(Browser browser, String id, LocalDate date) {
		((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
				id, date.toString());
	}

	/** No accessibility violation axe-core finds, and nothing wider than the window. */
	private static void checkPage(Browser browser, String page) {
		PageChecks.fitsAndIsAccessible(browser, page);
	}


}
