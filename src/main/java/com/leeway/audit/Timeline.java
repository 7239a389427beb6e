package com.leeway.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads request timelines. Recording joins the caller's transaction, so an event is stored exactly
 * when the change it describes is.
 */
@Service
public class Timeline {

	/** The actor name for what Leeway does by itself. */
	public static final String SYSTEM = "leeway";

	private final TimelineEntries entries;

	private final Clock clock;

	Timeline(TimelineEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/** Records an event as a finished sentence, for entries whose words are made where they happen (notices). */
	@Transactional(propagation = Propagation.MANDATORY)
	public TimelineEntry record(Long requestId, String actor, String type, String text) {
		return entries.save(new TimelineEntry(requestId, clock.instant(), actor, type, text, null));
	}

	/**
	 * Records an event as its type and a few facts (values as text); the reader's page words it in the reader's
	 * language.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public TimelineEntry record(Long requestId, String actor, String type, Map<String, String> data) {
		return entries.save(new TimelineEntry(requestId, clock.instant(), actor, type, null, data));
	}

	@Transactional(readOnly = true)
	public List<TimelineEntry> of(Long requestId) {
		return entries.findByRequestIdOrderByIdAsc(requestId);
	}

	@Transactional(readOnly = true)
	public boolean has(Long requestId, String type) {
		return entries.existsByRequestIdAndType(requestId, type);
	}

}
