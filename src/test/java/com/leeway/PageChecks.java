package com.leeway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;

/**
 * What every page of Leeway must be in a browser: no wider than the window, and free of what axe-core (WCAG 2.1 AA)
 * finds. One place for the browser tests of each module.
 */
public final class PageChecks {

	private static final String AXE = axeSource();

	private PageChecks() {
	}

	/** The whole page fits the window and axe-core finds nothing in it. */
	public static void fitsAndIsAccessible(Browser browser, String page) {
		assertThat(tooWide(browser)).as(page + " fits the window without scrolling sideways").isEmpty();
		assertThat(axeViolations(browser, "document")).as(page + ": axe-core violations").isEmpty();
	}

	/** The elements that reach past the window's right edge, when the page scrolls sideways. */
	@SuppressWarnings("unchecked")
	public static List<String> tooWide(Browser browser) {
		return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
				if (document.documentElement.scrollWidth <= window.innerWidth) { return []; }
				return [...document.querySelectorAll('body *')]
				  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
				  .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));""");
	}

	/**
	 * What axe-core finds in a part of the page: {@code context} is the JavaScript axe runs on ({@code document}, or
	 * e.g. {@code { include: [[arguments[0]]] }} with the selector as argument).
	 */
	@SuppressWarnings("unchecked")
	public static List<String> axeViolations(Browser browser, String context, Object... arguments) {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		js.executeScript(AXE);
		return (List<String>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(%s).then(result => done(result.violations.map(v =>
				  v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))));""".formatted(context),
				arguments);
	}

	private static String axeSource() {
		try (InputStream in = PageChecks.class.getResourceAsStream("/axe/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
