package com.leeway.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.leeway.LeewayApi;

import tools.jackson.databind.json.JsonMapper;

/**
 * The browser forms take the same limits as the API: an over-long or malformed field is shown next to the field
 * (or as a message on the page it returns to), never as a server error, and nothing is stored.
 */
@SpringBootTest(properties = { "leeway.rules.watch-interval=1h", "leeway.rules.sync-interval=1h" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FormBadInputIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	long grantedRequestOf(String requester) throws Exception {
		String body = mvc.perform(post("/api/v1/exception-requests").with(httpBasic(requester, requester))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JsonMapper.builder().build().writeValueAsString(
					LeewayApi.requestBody("WORD_PROCESSING", "WordPerfect", 60, 3, "INTERNAL"))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonMapper.builder().build().readTree(body).path("id").asLong();
	}

	MockHttpServletRequestBuilder form(String path) {
		return post(path).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
	}

	@Test
	void theRequestFormShowsEachBadFieldNextToItInsteadOfFailing() throws Exception {
		mvc.perform(form("/requests").with(as("alice"))
			.param("standardKey", "WORD_PROCESSING")
			.param("product", "p".repeat(201))
			.param("productVersion", "v\u0000")
			.param("justification", "j".repeat(4001))
			.param("durationDays", "ninety")
			.param("usersAffected", "99999999999999999999")
			.param("dataClassification", "SECRET")
			.param("compensatingControls", "c".repeat(4001))
			.param("estimatedCost", "1e999999999"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "product", "productVersion", "justification",
					"durationDays", "usersAffected", "dataClassification", "compensatingControls", "estimatedCost"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("field-error")));
	}

	@Test
	void anOverlongRevocationReasonIsShownAsAMessageAndTheExceptionStaysGranted() throws Exception {
		long id = grantedRequestOf("alice");
		mvc.perform(form("/requests/" + id + "/revocation").with(as("ian")).param("reason", "r".repeat(8_000)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "The reason can be at most 2,000 characters long."));
		mvc.perform(form("/requests/" + id + "/revocation").with(as("ian")).param("reason", "Bad\u0000reason"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashError"));
		String page = mvc.perform(get("/requests/" + id).with(as("alice"))).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("r".repeat(100));
	}

	@Test
	void followThroughFormsAnswerBadInputWithoutAServerError() throws Exception {
		long id = grantedRequestOf("alice");
		mvc.perform(form("/requests/" + id + "/renewal").with(as("alice"))
			.param("whatChanged", "w".repeat(4_001))
			.param("durationDays", "30")).andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashError"));
		mvc.perform(form("/requests/" + id + "/renewal").with(as("alice"))
			.param("whatChanged", "More\u0000people.")
			.param("durationDays", "30")).andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashError"));
		mvc.perform(form("/requests/" + id + "/renewal").with(as("alice"))
			.param("whatChanged", "More people.")
			.param("durationDays", "thirty")).andExpect(status().is4xxClientError());
		mvc.perform(form("/requests/" + id + "/satisfaction").with(as("alice")).param("rating", "five"))
			.andExpect(status().is4xxClientError());
		mvc.perform(form("/requests/" + id + "/satisfaction").with(as("alice"))
			.param("rating", "4")
			.param("comment", "c".repeat(2_001))).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "The comment can be at most 2,000 characters long."));
		mvc.perform(form("/feedback").with(as("bob")).param("text", "f".repeat(4_001)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashError"));
		mvc.perform(form("/feedback").with(as("bob")).param("text", "Nul\u0000in here"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashError"));
	}

	@Test
	void theDecisionFormCarriesBadFieldsBackToTheRequestPage() throws Exception {
		long id = grantedRequestOf("alice");
		mvc.perform(form("/requests/" + id + "/decision").with(as("maria"))
			.param("decision", "MAYBE")
			.param("justification", "d".repeat(4_001)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("decisionErrors"));
	}

	@Test
	void pagesOfListsBeyondTheLastPossibleOffsetAreEmptyPagesNotErrors() throws Exception {
		mvc.perform(get("/requests/mine").param("page", "2147483647").with(as("alice"))).andExpect(status().isOk());
		mvc.perform(get("/it/requests").param("page", "2147483647").with(as("ian"))).andExpect(status().isOk());
		mvc.perform(get("/requests/mine").param("page", "99999999999").with(as("alice")))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void theRuleEditorRefusesBadFileNamesAndOverlongNotesOnThePage() throws Exception {
		mvc.perform(form("/rules/edit").with(as("ian"))
			.param("path", "../outside.drl")
			.param("content", "package leeway.rules\n")
			.param("action", "check")).andExpect(status().isOk())
			.andExpect(model().attributeExists("flashError"));
		mvc.perform(form("/rules/edit").with(as("ian"))
			.param("path", "escalation.drl")
			.param("content", "package leeway.rules\n")
			.param("action", "publish")
			.param("note", "n".repeat(2_001))).andExpect(status().isOk())
			.andExpect(model().attributeExists("noteError"));
	}

}
