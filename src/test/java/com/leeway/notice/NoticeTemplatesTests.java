package com.leeway.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.leeway.request.DataClassification;
import com.leeway.request.Decision;
import com.leeway.request.RequestStatus;
import com.leeway.request.RequestView;

/**
 * Every notice and its e-mail are written from templates and message keys, in English and in German, for their
 * reader: the requester reads about their own request, a manager what to decide and by when, IT staff what to
 * review.
 */
class NoticeTemplatesTests {

	static final Locale GERMAN = Locale.GERMAN;

	static final Instant SUBMITTED = Instant.parse("2027-02-01T09:00:00Z");

	static final Instant DUE = Instant.parse("2027-02-04T09:00:00Z");

	static final Instant EXPIRES = Instant.parse("2027-05-02T09:00:00Z");

	final NoticeWriter writer = new NoticeWriter(messages());

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static RequestView request(RequestStatus status) {
		return new RequestView(42L, "EXC-2027-000042", status, "alice", "Alice Martin", "Marketing", "COLLABORATION_SAAS",
				"Collaboration software", "Notion", "2027", "The agency shares its plans in Notion.", 90, 8,
				DataClassification.CONFIDENTIAL, null, BigDecimal.TEN, SUBMITTED, SUBMITTED, null,
				new RequestView.RulingView("ESCALATE", "Confidential data in a new online service needs a manager.",
						List.of(), List.of("Escalate confidential data"), "abc", List.of(), List.of(), null, null),
				status == RequestStatus.APPROVED ? EXPIRES : null,
				new RequestView.DecisionView(Decision.APPROVE, "maria", "Maria Rossi", SUBMITTED,
						"The agency contract requires it."),
				null, 0, null, SUBMITTED, null, null, null);
	}

	/** Every value any notice template shows; each template uses the ones it needs. */
	static Map<String, Object> model(RequestStatus status, String waitingAs) {
		Map<String, Object> model = new HashMap<>();
		model.put("request", request(status));
		model.put("status", status.name());
		model.put("waitingAs", waitingAs);
		model.put("due", DUE);
		model.put("since", SUBMITTED);
		model.put("reason", "Please use the approved tool.");
		model.put("decidedBy", "Ian Novak");
		model.put("revokedBy", "Maria Rossi");
		model.put("nextLevel", "Head of IT");
		model.put("holders", "Maria Rossi");
		model.put("late", true);
		model.put("days", 7);
		model.put("expiresAt", EXPIRES);
		model.put("lastDay", DUE);
		model.put("suspended", true);
		model.put("askedBy", "Maria Rossi");
		model.put("question", "Could fewer people do for now?");
		model.put("answer", "Three of us can start.");
		model.put("changed", true);
		model.put("forRequester", true);
		model.put("author", "Ian Novak");
		model.put("body", "See https://example.com/help for the steps.");
		model.put("internal", false);
		model.put("call", false);
		model.put("appellant", "Alice Martin");
		model.put("outcome", "OVERTURNED");
		model.put("owner", new com.leeway.ruling.StandardOwner("Priya Shah", "priya@example.com", "+49 30 1234", null));
		// The service review's notices: an answer to feedback, the monthly review.
		model.put("feedback", "The form could explain the data classes better.");
		model.put("givenAt", SUBMITTED);
		model.put("answer", "Thank you: the form now explains each class.");
		model.put("answeredBy", "Ian Novak");
		model.put("month", "2027-01");
		model.put("department", "Marketing");
		model.put("summary", new com.leeway.review.MonthlyReviewReady.Summary(12, 7, 4, 1, 80, 1, 4.25, 4, 9, 2, 1,
				"Collaboration software", 5));
		model.put("link", "http://localhost/review?from=2027-01-01&to=2027-01-31&department=Marketing");
		return model;
	}

	/** Notices that are about no one request (the service review's). */
	static final List<String> ABOUT_NO_REQUEST = List.of("feedback-answer", "monthly-review");

	static Stream<Arguments> everyNoticeInBothLanguages() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/notice/text"))) {
			List<String> kinds = files.map(file -> file.getFileName().toString().replace(".txt", "")).sorted().toList();
			assertThat(kinds).hasSizeGreaterThanOrEqualTo(13);
			return kinds.stream().flatMap(kind -> Stream.of(Locale.ENGLISH, GERMAN).flatMap(locale -> {
				List<RequestStatus> statuses = switch (kind) {
					case "ruled" -> List.of(RequestStatus.APPROVED, RequestStatus.DENIED, RequestStatus.ESCALATED,
							RequestStatus.IN_REVIEW);
					case "decided", "ruled-again" -> List.of(RequestStatus.APPROVED, RequestStatus.DENIED);
					case "appeal-decided" -> List.of(RequestStatus.APPROVED, RequestStatus.DENIED, RequestStatus.ESCALATED);
					case "answered" -> List.of(RequestStatus.APPROVED, RequestStatus.DENIED, RequestStatus.ESCALATED,
							RequestStatus.IN_REVIEW);
					case "reminder", "overdue", "status-update" -> List.of(RequestStatus.ESCALATED, RequestStatus.IN_REVIEW);
					default -> List.of(RequestStatus.ESCALATED);
				};
				return statuses.stream().map(status -> Arguments.of(kind, locale, status));
			}));
		}
	}

	@ParameterizedTest(name = "{0} in {1} ({2})")
	@MethodSource("everyNoticeInBothLanguages")
	void everyNoticeIsWrittenWholeInEachLanguage(String kind, Locale locale, RequestStatus status) {
		NoticeWriter.Written written = writer.write(kind, locale, model(status, status.name()));

		assertThat(written.subject()).isNotBlank().doesNotContain("\n");
		if (!ABOUT_NO_REQUEST.contains(kind)) {
			assertThat(written.subject()).contains("EXC-2027-000042");
		}
		assertThat(written.body()).isNotBlank();
		assertThat(written.subject() + written.body()).doesNotContain("??", "[(", "#{", "${", "/*", "null");
		NoticeWriter.Mail mail = writer.mail(locale, "Alice Martin", written.subject(), written.body(),
				"http://localhost/requests/42");
		assertThat(mail.text()).contains(written.body()).contains("http://localhost/requests/42").doesNotContain("??");
		assertThat(mail.html()).contains("href=\"http://localhost/requests/42\"").doesNotContain("??");
	}

	@Test
	void everyNoticeKeyHasAGermanTranslation() throws IOException {
		// The keys of the notices and their e-mails: those after the "# follow-through" line of the English bundle.
		List<String> lines = Files.readAllLines(Path.of("src/main/resources/messages.properties"));
		List<String> noticeKeys = lines.subList(lines.indexOf("# follow-through"), lines.size())
			.stream()
			.filter(line -> line.startsWith("notice."))
			.map(line -> line.substring(0, line.indexOf('=')))
			.toList();
		java.util.Properties german = properties("messages_de.properties");

		assertThat(noticeKeys).hasSizeGreaterThan(50);
		assertThat(german.stringPropertyNames()).containsAll(noticeKeys);
		assertThat(noticeKeys).allSatisfy(key -> assertThat(german.getProperty(key)).isNotBlank());
	}

	static java.util.Properties properties(String name) throws IOException {
		java.util.Properties properties = new java.util.Properties();
		try (java.io.Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name))) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void theRequesterReadsWhatTheyMayUseAndUntilWhenInOneNoticeAtSubmission() {
		NoticeWriter.Written english = writer.write("ruled", Locale.ENGLISH, model(RequestStatus.APPROVED, null));
		NoticeWriter.Written german = writer.write("ruled", GERMAN, model(RequestStatus.APPROVED, null));

		assertThat(english.subject()).isEqualTo("Your request EXC-2027-000042 is approved");
		assertThat(english.body()).contains("We received your request EXC-2027-000042")
			.contains("It is approved.")
			.contains("You may use Notion until 2 May 2027.");
		assertThat(german.subject()).isEqualTo("Ihr Antrag EXC-2027-000042 ist genehmigt");
		assertThat(german.body()).contains("Sie dürfen Notion bis zum 2. Mai 2027 verwenden.");
	}

	@Test
	void aManagerReadsWhatToDecideAndByWhenWithNothingMeantForTheRequester() {
		Map<String, Object> model = model(RequestStatus.ESCALATED, null);
		model.remove("decidedBy");
		NoticeWriter.Written english = writer.write("escalated", Locale.ENGLISH, model);
		NoticeWriter.Written german = writer.write("escalated", GERMAN, model);

		assertThat(english.subject()).isEqualTo("Your decision is needed: EXC-2027-000042");
		assertThat(english.body()).contains("Alice Martin from your department asks for an exception: Notion")
			.contains("The rules sent it to you because: Please use the approved tool.")
			.contains("Please approve or deny it, with a written reason, by 4 February 2027.")
			.doesNotContainIgnoringCase("you may use")
			.doesNotContainIgnoringCase("your request")
			.doesNotContain("We will tell you");
		assertThat(german.body()).contains("bis zum 4. Februar 2027").doesNotContain("Sie dürfen");
	}

	@Test
	void aManagerReadsWhoInItStaffSentThemTheRequest() {
		Map<String, Object> model = model(RequestStatus.ESCALATED, null);
		model.put("sentBy", "Ian Novak");

		assertThat(writer.write("escalated", Locale.ENGLISH, model).body())
			.contains("Ian Novak of IT staff reviewed it and sent it to you: Please use the approved tool.");
	}

	@Test
	void itStaffReadWhatToReviewAndByWhen() {
		NoticeWriter.Written written = writer.write("review", Locale.ENGLISH, model(RequestStatus.IN_REVIEW, null));

		assertThat(written.subject()).isEqualTo("Please review request EXC-2027-000042");
		assertThat(written.body()).contains("Alice Martin (Marketing) asks to use Notion")
			.contains("send it to the manager of Marketing, with a written reason, by 4 February 2027.")
			.doesNotContainIgnoringCase("your request")
			.doesNotContainIgnoringCase("you may use");
	}

	@Test
	void aReminderToldToAManagerAsksForADecisionAndToItStaffForAReview() {
		assertThat(writer.write("reminder", Locale.ENGLISH, model(RequestStatus.ESCALATED, "ESCALATED")).body())
			.contains("waits for your decision");
		assertThat(writer.write("reminder", Locale.ENGLISH, model(RequestStatus.IN_REVIEW, "IN_REVIEW")).body())
			.contains("waits for your review");
	}

	@Test
	void anExpiryWarningCountsTheDaysInTheReadersLanguage() {
		Map<String, Object> model = model(RequestStatus.APPROVED, null);
		model.put("days", 1);

		assertThat(writer.write("expiry-warning", Locale.ENGLISH, model).subject())
			.isEqualTo("Your exception EXC-2027-000042 ends in 1 day");
		model.put("days", 30);
		assertThat(writer.write("expiry-warning", GERMAN, model).subject())
			.isEqualTo("Ihre Ausnahme EXC-2027-000042 endet in 30 Tagen");
	}

	@Test
	void theMailCarriesTheNoticeAsTextAndAsHtmlWithItsTextEscaped() {
		NoticeWriter.Mail mail = writer.mail(GERMAN, "Alice <Martin>", "Betreff", "Erster Absatz.\n\nZweiter <b>Absatz</b>.",
				"http://localhost/requests/42");

		assertThat(mail.text()).startsWith("Hallo Alice <Martin>,").contains("Zweiter <b>Absatz</b>.");
		assertThat(mail.html()).contains("Hallo Alice &lt;Martin&gt;,")
			.contains("<p>Erster Absatz.</p>")
			.contains("Zweiter &lt;b&gt;Absatz&lt;/b&gt;.")
			.contains("In Leeway öffnen")
			.doesNotContain("<b>Absatz</b>");
	}

}
