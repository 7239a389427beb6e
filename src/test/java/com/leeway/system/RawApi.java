package com.leeway.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends exactly the bytes and headers a test asks for (any content type, or none), to see how the API answers
 * input no well-behaved client would send.
 */
final class RawApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String baseUrl;

	RawApi(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	/** {@code contentType} null sends no Content-Type header; {@code body} null sends no body. */
	Answer send(String user, String method, String path, String contentType, byte[] body) {
		return send(user, method, path, contentType, body, "application/json");
	}

	Answer send(String user, String method, String path, String contentType, byte[] body, String accept) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
				.timeout(Duration.ofSeconds(60))
				.header("Accept", accept);
			if (user != null) {
				request.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
			}
			if (contentType != null) {
				request.header("Content-Type", contentType);
			}
			request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(body));
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Answer postJson(String user, String path, String json) {
		return send(user, "POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	record Answer(int status, String contentType, String body) {

		boolean isProblem() {
			return contentType.startsWith("application/problem+json");
		}

		JsonNode json() {
			return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
		}

		/** The fields named in the problem's {@code errors} list. */
		java.util.List<String> fields() {
			return json().path("errors").valueStream().map(error -> error.path("field").asString()).toList();
		}

		@Override
		public String toString() {
			return status + " " + contentType + " " + (body.length() > 600 ? body.substring(0, 600) + "..." : body);
		}

	}

}
