package com.leeway.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every administrative change, recorded in the transaction that makes it: who, when, what, and the state before and
 * after as JSON text (portable between databases, readable by people).
 */
@Service
public class ChangeLog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Longest state kept; longer states are cut (a department with hundreds of managers, say). */
	private static final int LONGEST = 8000;

	private final AdministrativeChanges changes;

	private final Clock clock;

	ChangeLog(AdministrativeChanges changes, Clock clock) {
		this.changes = changes;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String by, String subjectType, String subject, String action, Map<String, ?> before,
			Map<String, ?> after) {
		changes.save(new AdministrativeChange(clock.instant(), by, subjectType, subject, action, json(before),
				json(after)));
	}

	/** The newest changes first; only those concerning a person when one is given. */
	@Transactional(readOnly = true)
	public Page<AdministrativeChange> list(String person, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
		if (person == null || person.isBlank()) {
			return changes.findAllByOrderByIdDesc(request);
		}
		String name = person.strip();
		// a user name in the JSON states, in quotes ('_' may match any one character there, which only widens the list)
		String quoted = "%\"" + name.replace("%", "") + "\"%";
		return changes.concerning(name, quoted, request);
	}

	static Map<String, Object> state(Object... keysAndValues) {
		Map<String, Object> state = new LinkedHashMap<>();
		for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
			state.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
		}
		return state;
	}

	private static String json(Map<String, ?> state) {
		if (state == null) {
			return null;
		}
		String text = JSON.writeValueAsString(state);
		return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 1) + "…";
	}

}
