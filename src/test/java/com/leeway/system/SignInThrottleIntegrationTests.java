package com.leeway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.FormClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guessing passwords against the running application, over real HTTP, by HTTP Basic and by the sign-in form:
 * after five wrong passwords sign-ins pause (429 with Retry-After), also for the right password, until the pause is
 * over; an attacker at another address does not lock the real person out; a successful sign-in is unaffected.
 * Time is moved with the application's clock instead of waiting. Requests are sent from a socket bound to a
 * chosen loopback address (HTTP/1.0, so the answer comes unchunked), so the server sees two different clients.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "leeway.security.sign-in.first-pause=20s")
@ActiveProfiles("test")
class SignInThrottleIntegrationTests {

	static final String HERE = "127.0.0.1";

	static final String ELSEWHERE = "127.0.0.2";

	static final String PAUSED = "Too many unsuccessful sign-ins. Please wait a minute and try again.";

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@AfterEach
	void forgetAllFailures() {
		clock.advance(Duration.ofHours(1));
	}

	record Answer(int status, Map<String, String> headers, String body) {

		JsonNode json() {
			return JsonMapper.builder().build().readTree(body);
		}

	}

	/** GET /api/v1/standards with HTTP Basic, from the given local address. */
	Answer api(String from, String user, String password) {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(from, 0));
			socket.connect(new InetSocketAddress(HERE, port), 5000);
			socket.setSoTimeout(30_000);
			String credentials = Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
			OutputStream out = socket.getOutputStream();
			out.write(("GET /api/v1/standards HTTP/1.0\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
					+ credentials + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String[] parts = raw.split("\r\n\r\n", 2);
			String[] lines = parts[0].split("\r\n");
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				String[] header = lines[i].split(":", 2);
				headers.put(header[0].trim().toLowerCase(Locale.ROOT), header[1].trim());
			}
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, parts.length > 1 ? parts[1] : "");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void pausesApiSignInsAfterFiveWrongPasswordsWithRetryAfterAndAPlainProblem() {
		for (int i = 0; i < 5; i++) {
			assertThat(api(HERE, "bob", "guess" + i).status()).isEqualTo(401);
		}

		Answer paused = api(HERE, "bob", "guess5");

		assertThat(paused.status()).isEqualTo(429);
		assertThat(paused.headers().get("retry-after")).isEqualTo("20");
		assertThat(paused.headers().get("content-type")).startsWith("application/problem+json");
		assertThat(paused.json().path("status").asInt()).isEqualTo(429);
		assertThat(paused.json().path("title").asString()).isEqualTo("Too many unsuccessful sign-ins");
		assertThat(paused.json().path("detail").asString()).isEqualTo(PAUSED);
	}

	@Test
	void theRightPasswordWaitsForThePauseToEnd() {
		for (int i = 0; i < 5; i++) {
			api(HERE, "frank", "guess" + i);
		}

		assertThat(api(HERE, "frank", "frank").status()).isEqualTo(429);
		clock.advance(Duration.ofSeconds(19));
		assertThat(api(HERE, "frank", "frank").status()).isEqualTo(429);
		clock.advance(Duration.ofSeconds(1));
		assertThat(api(HERE, "frank", "frank").status()).isEqualTo(200);
	}

	@Test
	void aWrongPasswordFromAnotherAddressDoesNotLockTheRealPersonOut() {
		for (int i = 0; i < 10; i++) {
			api(ELSEWHERE, "ian", "guess" + i);
		}
		assertThat(api(ELSEWHERE, "ian", "ian").status()).isEqualTo(429);

		assertThat(api(HERE, "ian", "ian").status()).isEqualTo(200);
	}

	@Test
	void pausesFormSignInsWithAPlainMessageOnTheSignInPage() {
		FormClient browser = new FormClient(port);
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> wrong = browser.signIn("maria", "guess" + i);
			assertThat(wrong.statusCode()).isEqualTo(302);
			assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		}

		HttpResponse<String> paused = browser.signIn("maria", "maria");

		assertThat(paused.statusCode()).isEqualTo(429);
		assertThat(paused.headers().firstValue("Retry-After")).contains("20");
		assertThat(paused.body()).contains(PAUSED).contains("name=\"username\"").doesNotContain("429");

		clock.advance(Duration.ofSeconds(20));
		HttpResponse<String> signedIn = browser.signIn("maria", "maria");
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
	}

	@Test
	void aSuccessfulSignInIsUnaffectedAndClearsItsOwnCount() {
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 4; i++) {
				assertThat(api(HERE, "alice", "guess" + i).status()).isEqualTo(401);
			}
			assertThat(api(HERE, "alice", "alice").status()).isEqualTo(200);
		}

		HttpResponse<String> signedIn = new FormClient(port).signIn("alice", "alice");
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
	}

}
