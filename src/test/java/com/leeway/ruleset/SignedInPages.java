package com.leeway.ruleset;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the HTML pages of the running application as a signed-in user, through the real login form, without a
 * browser.
 */
final class SignedInPages {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	private final String baseUrl;

	private SignedInPages(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	static SignedInPages signInAs(int port, String user) {
		SignedInPages pages = new SignedInPages(port);
		Matcher token = CSRF.matcher(pages.get("/login"));
		if (!token.find()) {
			throw new IllegalStateException("The login page has no form token.");
		}
		String form = "username=" + encode(user) + "&password=" + encode(user) + "&_csrf=" + encode(token.group(1));
		pages.send(HttpRequest.newBuilder(URI.create(pages.baseUrl + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		return pages;
	}

	String get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
	}

	private String send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
