package com.leeway.survey;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.LeewayApi;
import com.leeway.account.Actor;
import com.leeway.account.Directory;
import com.leeway.request.RequestPageSection;
import com.leeway.request.RequestQueries;
import com.leeway.request.RequestView;

/**
 * The satisfaction question is a section survey offers the request page: only to the requester, only once the
 * request is closed, with their answer once given; its fragment lives in the survey templates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SatisfactionSectionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	List<RequestPageSection> sections;

	@Autowired
	RequestQueries queries;

	@Autowired
	Directory directory;

	Actor person(String username) {
		return directory.find(username).orElseThrow();
	}

	@Test
	void onlyTheRequesterOfAClosedRequestIsAskedAndSeesTheirAnswer() throws Exception {
		LeewayApi api = new LeewayApi(port);
		long id = api.post("alice", "/api/v1/exception-requests",
				requestBody("COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL")).id();
		RequestView waiting = queries.viewAsSystem(id);
		assertThat(sectionsFor(waiting, person("alice"))).isEmpty();

		api.post("maria", "/api/v1/exception-requests/" + id + "/decision",
				Map.of("decision", "APPROVE", "justification", "Signed data processing agreement."));
		RequestView closed = queries.viewAsSystem(id);

		assertThat(sectionsFor(closed, person("maria"))).isEmpty();
		assertThat(sectionsFor(closed, person("ian"))).isEmpty();
		assertThat(sectionsFor(closed, person("alice"))).singleElement().satisfies(section -> {
			assertThat(section.template()).isEqualTo("survey/section");
			assertThat(section.fragment()).isEqualTo("satisfaction");
			assertThat(section.model()).containsEntry("requestId", id).containsEntry("rating", null);
			assertThat(Files.readString(Path.of("src/main/resources/templates", section.template() + ".html")))
				.contains("th:fragment=\"" + section.fragment() + "(section)\"");
		});

		assertThat(api.post("alice", "/api/v1/exception-requests/" + id + "/satisfaction", Map.of("rating", 4))
			.status()).isEqualTo(200);
		assertThat(sectionsFor(closed, person("alice"))).singleElement()
			.satisfies(section -> assertThat(section.model()).containsEntry("rating", 4));
	}

	/** The survey's sections (other modules add sections of their own, such as comments). */
	List<RequestPageSection.Section> sectionsFor(RequestView request, Actor reader) {
		return sections.stream()
			.flatMap(section -> section.sectionFor(request, reader).stream())
			.filter(section -> section.template().startsWith("survey/"))
			.toList();
	}

}
