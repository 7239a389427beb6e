package com.leeway.notice;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes notices and their e-mails from templates, in the recipient's language: every word comes from
 * {@code templates/notice/text/<kind>.txt} (the first line is the subject, the rest the body) and the message
 * keys they use; the e-mail wraps the notice in {@code templates/notice/mail/notice.txt} and {@code .html}. Its
 * own template engine, so the pages' engine stays as Spring Boot configures it.
 */
@Component
class NoticeWriter {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages;

	NoticeWriter(MessageSource messages) {
		this.messages = messages;
		engine.setTemplateEngineMessageSource(messages);
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
		engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/notice/");
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

	/** A notice as its recipient reads it. */
	record Written(String subject, String body) {
	}

	/** The e-mail of a notice, as plain text and as HTML. */
	record Mail(String text, String html) {
	}

	/** Writes the notice {@code kind} (a template under {@code notice/text}) for a reader of this language. */
	Written write(String kind, Locale locale, Map<String, Object> model) {
		String text = tidy(engine.process("text/" + kind + ".txt", context(locale, model)));
		int end = text.indexOf('\n');
		return end < 0 ? new Written(text, "") : new Written(text.substring(0, end).trim(), text.substring(end).trim());
	}

	/** The e-mail to {@code name} carrying a notice, with a link to open it in Leeway. */
	Mail mail(Locale locale, String name, String subject, String body, String link) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", name);
		model.put("subject", subject);
		model.put("body", body);
		model.put("paragraphs", Arrays.stream(body.split("\n\\s*\n")).map(paragraph -> List.of(paragraph.split("\n"))).toList());
		model.put("link", link);
		return new Mail(tidy(engine.process("mail/notice.txt", context(locale, model))),
				engine.process("mail/notice.html", context(locale, model)));
	}

	private Context context(Locale locale, Map<String, Object> model) {
		Context context = new Context(locale, model);
		context.setVariable("dates", new Dates(DateTimeFormatter
			.ofPattern(messages.getMessage("notice.date.pattern", null, "d MMMM yyyy", locale), locale)
			.withZone(ZoneOffset.UTC)));
		return context;
	}

	/** Template lines that only held a condition leave blank lines behind; one blank line separates paragraphs. */
	static String tidy(String text) {
		return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").trim();
	}

	/** Dates as the reader writes them: {@code ${dates.day(due)}}, "20 February 2027", "20. Februar 2027". */
	record Dates(DateTimeFormatter format) {

		public String day(Instant instant) {
			return instant == null ? "" : format.format(instant);
		}

	}

}
