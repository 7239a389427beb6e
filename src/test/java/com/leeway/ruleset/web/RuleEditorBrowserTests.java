package com.leeway.ruleset.web;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.leeway.Browser;
import com.leeway.LeewayApi;
import com.leeway.TestFolders;

/**
 * IT staff change a rule in the browser: a compile error shows at its line, they fix it, preview the impact,
 * publish with a note, and the next request is decided by the new rule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RuleEditorBrowserTests {

	static Path workDir;

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	static void copyRules() throws IOException {
		workDir = TestFolders.withShippedRules("editor-");
	}

	@AfterAll
	static void removeRules() throws IOException {
		TestFolders.delete(workDir);
	}

	@DynamicPropertySource
	static void rulesFolder(DynamicPropertyRegistry registry) {
		registry.add("leeway.rules.dir", () -> workDir.resolve("rules").toString());
	}

	@BeforeEach
	void startBrowser() {
		browser = new Browser(port);
	}

	@AfterEach
	void stopBrowser() {
		browser.close();
	}

	void replaceContent(String text) {
		// The code editor replaces the text box once its script has loaded; the form sends the box's text.
		browser.waitFor(By.cssSelector(".CodeMirror"));
		// Set the text in one go: typing it key by key would be slow and could be auto-indented.
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
				"document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", text);
	}

	static final String RULE = """
			// Standard: web browsers. Why: Brave is being evaluated by IT security.
			package leeway.rules

			import com.leeway.ruling.facts.Request
			global com.leeway.ruling.facts.RulingSheet ruling

			// While IT security evaluates Brave, nobody installs it.
			rule "Deny Brave during its evaluation"
			when
			    Request( standard == "WEB_BROWSER", productIs("Brave") BROKEN )
			then
			    ruling.deny("IT security is still evaluating Brave; please use {alternatives} until it is done.");
			end
			""";

	@Test
	void itStaffFixACompileErrorPreviewPublishAndTheNextRequestFollowsTheNewRule() {
		LeewayApi api = new LeewayApi(port);
		api.post("bob", "/api/v1/exception-requests", requestBody("WEB_BROWSER", "Brave", 30, 1, "PUBLIC"));
		browser.signInAs("ian");
		browser.open("/rules");
		browser.click(By.id("new-file"));
		browser.type(By.id("path"), "brave.drl");
		replaceContent(RULE);

		browser.click(By.id("check"));

		assertThat(browser.text(By.id("check-results"))).contains("brave.drl line 10");
		assertThat(browser.driver().findElement(By.id("line-10")).getAttribute("class")).contains("error-line");
		WebElement marked = browser.waitFor(By.cssSelector(".CodeMirror .cm-error-line"));
		assertThat(marked.getText()).contains("BROKEN");
		assertThat(browser.driver().findElements(By.cssSelector(".CodeMirror .gutter-error"))).hasSize(1);
		assertThat(browser.driver().findElements(By.cssSelector(".CodeMirror .cm-keyword"))).isNotEmpty();

		replaceContent(RULE.replace(" BROKEN", ""));
		browser.click(By.id("preview"));
		assertThat(browser.text(By.id("preview-results"))).contains("Approved → Denied: 1");

		browser.type(By.id("note"), "Brave is under security evaluation");
		browser.click(By.id("publish"));
		assertThat(browser.text(By.id("active-ruleset"))).contains("Brave is under security evaluation");

		var ruled = api.post("alice", "/api/v1/exception-requests", requestBody("WEB_BROWSER", "Brave", 30, 1, "PUBLIC"));
		assertThat(ruled.text("status")).isEqualTo("DENIED");
		assertThat(ruled.json().path("ruling").path("rules").toString()).contains("Deny Brave during its evaluation");

		browser.open("/rules/history");
		assertThat(browser.text(By.id("history"))).contains("Brave is under security evaluation").contains("ian");
		browser.open("/requests/" + ruled.id());
		browser.click(By.id("ruleset-link"));
		assertThat(browser.text(By.id("file-brave.drl"))).contains("Deny Brave during its evaluation").contains("added");
	}

	@Test
	void requestersCannotOpenTheRulesPages() {
		browser.signInAs("alice");
		browser.open("/rules");

		assertThat(browser.driver().getPageSource()).doesNotContain("rule-files");
	}

}
