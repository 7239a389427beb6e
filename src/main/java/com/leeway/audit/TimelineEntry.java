package com.leeway.audit;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One event on a request's timeline: what happened (its type), who did it, when, and a few facts about it (the
 * data), from which the reader's page words a sentence in the reader's language. Entries written before the data
 * existed carry a finished sentence instead (the text). Never changed once written.
 */
@Entity
@Table(name = "request_event")
public class TimelineEntry {

	/** From a sequence in blocks of 50 (each block starts at the value the sequence gives), so entries are batched. */
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_event_ids")
	@SequenceGenerator(name = "request_event_ids", sequenceName = "request_event_seq", allocationSize = 50)
	private Long id;

	@Column(name = "request_id", nullable = false, updatable = false)
	private Long requestId;

	@Column(nullable = false, updatable = false)
	private Instant at;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Column(nullable = false, updatable = false)
	private String type;

	@Column(updatable = false)
	private String text;

	/** The facts as {@code key=value&key=value}, each part URL-encoded: plain text any database stores. */
	@Column(updatable = false)
	private String data;

	protected TimelineEntry() {
	}

	TimelineEntry(Long requestId, Instant at, String actor, String type, String text, Map<String, String> data) {
		this.requestId = requestId;
		this.at = at;
		this.actor = actor;
		this.type = type;
		this.text = text;
		this.data = data == null ? null : encode(data);
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
	}

	public Instant getAt() {
		return at;
	}

	public String getActor() {
		return actor;
	}

	public String getType() {
		return type;
	}

	/** The finished sentence of an entry that has no data (older entries, and notices); null otherwise. */
	public String getText() {
		return text;
	}

	/** Whether the entry is stored as facts to be worded when read. */
	public boolean hasData() {
		return data != null;
	}

	/** The facts of the entry, in the order they were recorded; empty for an entry with only text. */
	public Map<String, String> getData() {
		return data == null ? Map.of() : decode(data);
	}

	static String encode(Map<String, String> data) {
		StringBuilder encoded = new StringBuilder();
		data.forEach((key, value) -> {
			if (value == null) {
				return;
			}
			if (!encoded.isEmpty()) {
				encoded.append('&');
			}
			encoded.append(URLEncoder.encode(key, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		});
		return encoded.toString();
	}

	static Map<String, String> decode(String data) {
		Map<String, String> decoded = new LinkedHashMap<>();
		if (data.isEmpty()) {
			return decoded;
		}
		for (String pair : data.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				decoded.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return decoded;
	}

}
