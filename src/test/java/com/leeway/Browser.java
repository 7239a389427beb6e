package com.leeway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driving Leeway's pages, as a person would. Uses Debian's chromium and chromium-driver
 * (installed by .ci/run); nothing is downloaded.
 */
public final class Browser implements AutoCloseable {

	private final WebDriver driver;

	private final String baseUrl;

	private final Path profile;

	/** A browser that asks for English pages, whatever the machine's language is. */
	public Browser(int port) {
		this(port, "en-US,en");
	}

	/** A browser whose {@code Accept-Language} is the given list, such as "de-DE,de". */
	public Browser(int port, String acceptLanguage) {
		this.baseUrl = "http://localhost:" + port;
		try {
			this.profile = Files.createTempDirectory("leeway-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("leeway.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-extensions", "--window-size=1280,1000", "--user-data-dir=" + profile,
				"--lang=" + acceptLanguage.split(",")[0]);
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(System.getProperty("leeway.chromedriver", "/usr/bin/chromedriver")).toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		// Headless Chromium does not always take its languages from the flags: say it in every request's header.
		chrome.executeCdpCommand("Network.enable", java.util.Map.of());
		chrome.executeCdpCommand("Network.setExtraHTTPHeaders",
				java.util.Map.of("headers", java.util.Map.of("Accept-Language", acceptLanguage)));
		this.driver = chrome;
	}

	public Browser open(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	public Browser signInAs(String user) {
		open("/login");
		driver.manage().deleteAllCookies();
		open("/login");
		type(By.id("username"), user);
		type(By.id("password"), user);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		return this;
	}

	public Browser type(By field, String text) {
		WebElement element = driver.findElement(field);
		element.clear();
		element.sendKeys(text);
		return this;
	}

	public Browser click(By element) {
		driver.findElement(element).click();
		return this;
	}

	public String text(By element) {
		return waitFor(element).getText();
	}

	public WebElement waitFor(By element) {
		return new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(element));
	}

	/**
	 * Waits until an element shows the given text, also while the page it was on is being replaced by the next one
	 * (after a form on the same page is sent, the old element is still there for a moment, then goes stale).
	 */
	public String textBecomes(By element, String expected) {
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.WebDriverException.class)
			.until(current -> expected.equals(current.findElement(element).getText()));
		return text(element);
	}

	public <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
	}

	public String currentPath() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	public WebDriver driver() {
		return driver;
	}

	/** Saves what the page looks like now, for the README or to understand a failure. */
	public void screenshot(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temporary profile is harmless.
		}
	}

}
