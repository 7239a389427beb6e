package com.leeway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for the JSON API, signing in with HTTP Basic as one of the demo accounts, the way other
 * systems do.
 */
public final class LeewayApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	public LeewayApi(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	public Response get(String user, String path) {
		return send(user, "GET", path, null);
	}

	public Response post(String user, String path, Object body) {
		return send(user, "POST", path, body);
	}

	public Response send(String user, String method, String path, Object body) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
				.header("Accept", "application/json");
			if (user != null) {
				request.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
			}
			if (body != null) {
				String text = body instanceof String string ? string : JSON.writeValueAsString(body);
				request.header("Content-Type", "application/json");
				request.method(method, HttpRequest.BodyPublishers.ofString(text));
			}
			else {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
			return new Response(response.statusCode(), json, response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A request body as the requester form would send it, to be varied per test. */
	public static Map<String, Object> requestBody(String standardKey, String product, int days, int users,
			String data) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("standardKey", standardKey);
		body.put("product", product);
		body.put("productVersion", "2021");
		body.put("justification", "Our legal partner sends files in this format that we must edit losslessly.");
		body.put("durationDays", days);
		body.put("usersAffected", users);
		body.put("dataClassification", data);
		return body;
	}

	public record Response(int status, JsonNode json, String contentType, String location) {

		public String text(String field) {
			JsonNode node = json.path(field);
			return node.isMissingNode() || node.isNull() ? null : node.asString();
		}

		public long id() {
			return json.path("id").asLong();
		}

	}

}
