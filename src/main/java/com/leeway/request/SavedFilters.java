package com.leeway.request;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.account.Actor;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * People's saved filters, per list. Each person sees, applies and deletes only their own: someone else's saved
 * filter is answered as if it did not exist.
 */
@Service
@Transactional
public class SavedFilters {

	/** The lists a filter is saved for. */
	public static final Set<String> LISTS = Set.of("all", "mine", "inbox", "review");

	static final int LONGEST_NAME = 100;

	static final int LONGEST_QUERY = 2000;

	static final int MOST_PER_LIST = 50;

	private final SavedFilterStore store;

	private final Clock clock;

	SavedFilters(SavedFilterStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<SavedFilter> of(Actor actor, String list) {
		return store.findByOwnerAndListNameOrderByNameAsc(actor.username(), list);
	}

	/** Saves the list's query string under a name; the same name again replaces what it held. */
	public SavedFilter save(Actor actor, String list, String name, String query) {
		if (!LISTS.contains(list)) {
			throw InvalidInput.of("list", "savedFilter.list.unknown");
		}
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > LONGEST_NAME || !InvalidInput.isPlainText(trimmed)) {
			throw InvalidInput.of("name", "savedFilter.name.invalid", LONGEST_NAME);
		}
		String kept = query == null ? "" : query.trim();
		if (kept.startsWith("?")) {
			kept = kept.substring(1);
		}
		// A query string as the list page writes it: encoded, so no spaces or control characters.
		if (kept.length() > LONGEST_QUERY || kept.chars().anyMatch(c -> c <= 0x20 || c == 0x7F)) {
			throw InvalidInput.of("query", "savedFilter.query.invalid", LONGEST_QUERY);
		}
		String finalQuery = kept;
		return store.findByOwnerAndListNameAndName(actor.username(), list, trimmed).map(existing -> {
			existing.setQuery(finalQuery);
			return existing;
		}).orElseGet(() -> {
			if (store.countByOwnerAndListName(actor.username(), list) >= MOST_PER_LIST) {
				throw InvalidInput.of("name", "savedFilter.tooMany", MOST_PER_LIST);
			}
			return store.save(new SavedFilter(actor.username(), list, trimmed, finalQuery, clock.instant()));
		});
	}

	/** One of the person's own saved filters; anyone else's is not found. */
	@Transactional(readOnly = true)
	public SavedFilter get(Actor actor, Long id) {
		return store.findById(id)
			.filter(filter -> filter.getOwner().equals(actor.username()))
			.orElseThrow(() -> new UserFacingException.NotFound("savedFilter.notFound", id));
	}

	public SavedFilter delete(Actor actor, Long id) {
		SavedFilter filter = get(actor, id);
		store.delete(filter);
		return filter;
	}

}
