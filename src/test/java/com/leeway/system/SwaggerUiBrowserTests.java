package com.leeway.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.Browser;

/**
 * The browsable API description still works in a real browser under the strict content security policy (its
 * scripts come from files; only its inline styles need allowing).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SwaggerUiBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void showsTheApiOperationsUnderTheContentSecurityPolicy() {
		try (Browser browser = new Browser(port)) {
			browser.open("/swagger-ui/index.html");

			assertThat(browser.text(By.cssSelector(".opblock-summary-path[data-path='/api/v1/exception-requests']")))
				.contains("/api/v1/exception-requests");
		}
	}

}
