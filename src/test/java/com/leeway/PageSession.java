package com.leeway;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less visit to the running application's pages: signed in through the real login form (or not at all),
 * keeping its session cookie, sending forms with the page's CSRF token. Redirects are not followed, so tests see
 * where a page leads.
 */
public final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String baseUrl;

	private String csrf;

	private PageSession(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	/** A visitor who has not signed in. */
	public static PageSession anonymous(int port) {
		return new PageSession(port);
	}

	/** A demo account signed in through the login form (its password is its name). */
	public static PageSession signInAs(int port, String user) {
		PageSession session = new PageSession(port);
		session.get("/login");
		Page answer = session.post("/login", Map.of("username", user, "password", user));
		if (answer.status() != 302 || answer.location().contains("error")) {
			throw new IllegalStateException("Could not sign in as " + user + ": " + answer.status());
		}
		return session;
	}

	/** Tells the server the reader's time zone the way the page's script does. */
	public PageSession inTimeZone(String zone) {
		HttpCookie cookie = new HttpCookie("leeway-tz", zone);
		cookie.setPath("/");
		cookies.getCookieStore().add(URI.create(baseUrl), cookie);
		return this;
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
	}

	/** Sends a form with the CSRF token of the last page read. */
	public Page post(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		if (csrf != null) {
			body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + encode(csrf);
		}
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** The raw bytes of a download. */
	public HttpResponse<byte[]> download(String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				csrf = token.group(1);
			}
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(""),
					response.headers().firstValue("Content-Type").orElse(""));
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

	public record Page(int status, String body, String location, String contentType) {
	}

}
