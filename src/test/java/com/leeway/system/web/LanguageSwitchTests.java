package com.leeway.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * After the language switch the same page opens again, but only a page of Leeway's own: the switch never sends
 * anyone to another site, and never back to a sign-in message that no longer applies.
 */
class LanguageSwitchTests {

	@Test
	void opensTheSamePageAgain() {
		assertThat(LanguageController.back(from("http://leeway.example.com/standards"))).isEqualTo("/standards");
		assertThat(LanguageController.back(from("http://leeway.example.com/it/requests?status=APPROVED&page=2")))
			.isEqualTo("/it/requests?status=APPROVED&page=2");
	}

	@Test
	void neverLeadsToAnotherSite() {
		assertThat(LanguageController.back(from("https://evil.example.org/standards"))).isEqualTo("/");
		assertThat(LanguageController.back(from("http://leeway.example.com:8443/standards"))).isEqualTo("/");
		assertThat(LanguageController.back(from("http://leeway.example.com//evil.example.org/x"))).isEqualTo("/");
		assertThat(LanguageController.back(from("not a url at all"))).isEqualTo("/");
		assertThat(LanguageController.back(from(null))).isEqualTo("/");
	}

	@Test
	void opensTheSignInPageWithoutItsOldMessage() {
		assertThat(LanguageController.back(from("http://leeway.example.com/login?error"))).isEqualTo("/login");
		assertThat(LanguageController.back(from("http://leeway.example.com/login?logout"))).isEqualTo("/login");
	}

	private static MockHttpServletRequest from(String referer) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/language");
		request.setServerName("leeway.example.com");
		request.setServerPort(80);
		if (referer != null) {
			request.addHeader("Referer", referer);
		}
		return request;
	}

}
