package com.leeway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.FormClient;

/**
 * Every answer of the running application, page or JSON, carries the protective headers: a content security
 * policy that runs scripts from Leeway's own files only, a referrer policy, {@code nosniff} and frame denial.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersIntegrationTests {

	@LocalServerPort
	int port;

	HttpResponse<String> get(String path, String user) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String directive(HttpHeaders headers, String name) {
		String policy = headers.firstValue("Content-Security-Policy").orElseThrow();
		return Arrays.stream(policy.split(";"))
			.map(String::trim)
			.filter(part -> part.startsWith(name + " "))
			.findFirst()
			.orElse("");
	}

	static void assertProtected(HttpHeaders headers) {
		assertThat(headers.firstValue("Content-Security-Policy")).isPresent();
		assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).doesNotContain("unsafe-eval")
			.contains("frame-ancestors 'none'");
		assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
		assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
	}

	@Test
	void theSignInPageRunsScriptsFromLeewaysOwnFilesOnly() {
		HttpResponse<String> page = get("/login", null);

		assertThat(page.statusCode()).isEqualTo(200);
		assertProtected(page.headers());
		assertThat(directive(page.headers(), "script-src")).isEqualTo("script-src 'self'");
		assertThat(TemplatesHaveNoInlineScriptsTests.problemsIn("/login", page.body())).isEmpty();
	}

	@Test
	void aSignedInPageWithAScriptLoadsItFromAFile() {
		FormClient browser = new FormClient(port);
		browser.signIn("alice", "alice");

		HttpResponse<String> page = browser.get("/requests/new");

		assertThat(page.statusCode()).isEqualTo(200);
		assertProtected(page.headers());
		assertThat(directive(page.headers(), "script-src")).isEqualTo("script-src 'self'");
		assertThat(page.body()).contains("/js/request-form.js");
		assertThat(TemplatesHaveNoInlineScriptsTests.problemsIn("/requests/new", page.body())).isEmpty();
	}

	@Test
	void apiAnswersAreProtectedToo() {
		HttpResponse<String> answer = get("/api/v1/standards", "alice");
		HttpResponse<String> refused = get("/api/v1/standards", null);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertProtected(answer.headers());
		assertThat(directive(answer.headers(), "default-src")).isEqualTo("default-src 'none'");
		assertThat(refused.statusCode()).isEqualTo(401);
		assertProtected(refused.headers());
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.body()).contains("\"title\":\"Not signed in\"").contains("\"status\":401");
	}

	@Test
	void theApiBrowserLoadsItsScriptsFromFiles() {
		HttpResponse<String> page = get("/swagger-ui/index.html", null);

		assertThat(page.statusCode()).isEqualTo(200);
		assertProtected(page.headers());
		assertThat(page.body()).contains("swagger-ui-bundle.js").contains("swagger-initializer.js");
		assertThat(TemplatesHaveNoInlineScriptsTests.problemsIn("swagger-ui", page.body())).isEmpty();
	}

}
