package com.leeway.request.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The request form offers only standards that take exceptions: a security control (marked {@code securityControl}
 * in standards.yaml) is not in the list, and a post naming one anyway comes back with a plain message next to the
 * field. The banner after sending says by its kind whether the answer is good, bad or still open.
 */
@SpringBootTest(properties = { "leeway.rules.watch-interval=1h", "leeway.rules.sync-interval=1h" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RequestFormStandardsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	MockHttpServletRequestBuilder send(String standard, String product, int days, String data) {
		return post("/requests").with(csrf())
			.with(user(accounts.loadUserByUsername("alice")))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("standardKey", standard)
			.param("product", product)
			.param("justification", "Our partner sends files we must open.")
			.param("durationDays", String.valueOf(days))
			.param("usersAffected", "3")
			.param("dataClassification", data);
	}

	@Test
	void doesNotOfferStandardsThatAllowNoExceptions() throws Exception {
		mvc.perform(get("/requests/new").with(user(accounts.loadUserByUsername("alice"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"WORD_PROCESSING\"")))
			.andExpect(content().string(not(containsString("value=\"ENDPOINT_PROTECTION\""))))
			.andExpect(content().string(not(containsString("value=\"DISK_ENCRYPTION\""))));
	}

	@Test
	void refusesASecurityControlWithAFieldMessageAndStoresNothing() throws Exception {
		mvc.perform(send("ENDPOINT_PROTECTION", "Some antivirus", 30, "INTERNAL"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "standardKey", "request.form.standard.noExceptions"))
			.andExpect(content().string(containsString("is a security control, and no exceptions can be asked for it")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	void saysADenialInAWarningAndAGrantInASuccessBanner() throws Exception {
		mvc.perform(send("FILE_SHARING", "WeTransfer", 30, "INTERNAL"))
			.andExpect(redirectedUrlPattern("/requests/*"))
			.andExpect(flash().attributeExists("flashWarning"))
			.andExpect(flash().attributeCount(1));
		mvc.perform(send("WORD_PROCESSING", "WordPerfect", 30, "INTERNAL"))
			.andExpect(redirectedUrlPattern("/requests/*"))
			.andExpect(flash().attributeExists("flashSuccess"))
			.andExpect(flash().attributeCount(1));
	}

}
