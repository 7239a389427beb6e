package com.leeway;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript: keeps its session cookie and sends the CSRF token of the last page it read with
 * every form it posts. Redirects are not followed, so tests see them.
 */
public final class FormClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final String baseUrl;

	private String csrf;

	public FormClient(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	public HttpResponse<String> get(String path) {
		return remember(send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()));
	}

	/** Posts a form as the page at {@code formPage} would (reading that page first for its CSRF token). */
	public HttpResponse<String> post(String formPage, String action, Map<String, String> fields) {
		get(formPage);
		return postAgain(action, fields);
	}

	/** Posts a form with the CSRF token of the last page read. */
	public HttpResponse<String> postAgain(String action, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (csrf != null) {
			all.put("_csrf", csrf);
		}
		String body = all.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return remember(send(HttpRequest.newBuilder(URI.create(baseUrl + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))));
	}

	public HttpResponse<String> signIn(String user, String password) {
		return post("/login", "/login", Map.of("username", user, "password", password));
	}

	private HttpResponse<String> remember(HttpResponse<String> response) {
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return response;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
