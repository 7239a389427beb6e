package com.leeway.ruleset;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.account.Actor;
import com.leeway.account.Role;
import com.leeway.ruling.RuleSetFiles;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * Rule changes as change sets: several files edited together and kept as a draft per author (it survives leaving
 * the page), checked and tested as a whole against the active rule set, previewed, and published — directly by
 * the author when sign-off is off ({@code leeway.rules.sign-off: false}), otherwise only after a second person with
 * the right (a manager or an administrator, never the author) approved it, who sees the differences, the test
 * results and the impact first. A hand edit of the rules folder becomes such a change, waiting for sign-off.
 */
@Service
public class RuleChangeSets {

	static final int MAX_NOTE = 2000;

	private final RuleSetDrafts drafts;

	private final RuleSetPublisher publisher;

	private final RuleSetManager manager;

	private final RulesProperties properties;

	private final Clock clock;

	RuleChangeSets(RuleSetDrafts drafts, RuleSetPublisher publisher, RuleSetManager manager,
			RulesProperties properties, Clock clock) {
		this.drafts = drafts;
		this.publisher = publisher;
		this.manager = manager;
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether a change needs a second person's sign-off before it is published. */
	public boolean signOffRequired() {
		return properties.signOff();
	}

	/** IT staff and administrators write rule changes. */
	public static boolean mayEdit(Actor actor) {
		return actor.is(Role.IT_STAFF) || actor.is(Role.ADMIN);
	}

	/** Managers and administrators sign rule changes off (never their own). */
	public static boolean maySignOff(Actor actor) {
		return actor.is(Role.MANAGER) || actor.is(Role.ADMIN);
	}

	/** A person's own open drafts (being written or waiting for sign-off), newest first. */
	@Transactional(readOnly = true)
	public List<RuleSetDraft> mine(Actor actor) {
		return drafts.findByAuthorAndStateInOrderByUpdatedAtDescIdDesc(actor.username(),
				List.of(RuleSetDraft.State.DRAFT, RuleSetDraft.State.WAITING));
	}

	/** The changes waiting for sign-off, oldest first; for the people who may sign off only. */
	@Transactional(readOnly = true)
	public List<RuleSetDraft> waiting(Actor actor) {
		return maySignOff(actor) ? drafts.findByStateOrderBySubmittedAtAscIdAsc(RuleSetDraft.State.WAITING) : List.of();
	}

	/** A draft its author or, once submitted, a person who may sign off may see; anyone else: not found. */
	@Transactional(readOnly = true)
	public RuleSetDraft find(Long id, Actor actor) {
		RuleSetDraft draft = drafts.findById(id).orElseThrow(() -> notFound(id));
		boolean author = draft.getAuthor().equals(actor.username());
		boolean reviewer = maySignOff(actor) && draft.getState() != RuleSetDraft.State.DRAFT;
		if (!author && !reviewer) {
			throw notFound(id);
		}
		return draft;
	}

	/** The rule set the draft would make: the active files with the draft's laid over them. */
	public RuleSetFiles candidate(RuleSetDraft draft) {
		return draft.appliedTo(manager.activeFiles());
	}

	@Transactional
	public RuleSetDraft create(Actor actor, String note, Map<String, byte[]> files, Set<String> deleted) {
		editor(actor);
		RuleSetDraft draft = new RuleSetDraft(actor.username(), checkedNote(note),
				manager.active().map(ActiveRuleSet::version).orElse(null), clock.instant());
		draft.change(checkedNote(note), files, checkedDeleted(deleted), clock.instant());
		return drafts.saveAndFlush(draft);
	}

	@Transactional
	public RuleSetDraft update(Long id, Actor actor, String note, Map<String, byte[]> files, Set<String> deleted) {
		RuleSetDraft draft = own(id, actor);
		draft.change(checkedNote(note), files, checkedDeleted(deleted), clock.instant());
		return drafts.saveAndFlush(draft);
	}

	@Transactional
	public void discard(Long id, Actor actor) {
		RuleSetDraft draft = drafts.findById(id).orElseThrow(() -> notFound(id));
		boolean folderDraft = draft.getAuthor().equals(RuleSetPublisher.FOLDER_AUTHOR) && actor.is(Role.ADMIN);
		if (!draft.getAuthor().equals(actor.username()) && !folderDraft) {
			throw notFound(id);
		}
		draft.discard(clock.instant());
		drafts.saveAndFlush(draft);
	}

	/** Compiles the draft's whole rule set and runs every rule test. Nothing changes. */
	@Transactional(readOnly = true)
	public CandidateCheck check(Long id, Actor actor) {
		return manager.check(candidate(find(id, actor)));
	}

	/**
	 * The author is done: with sign-off on, the change waits for a second person (it must compile and pass its
	 * tests first); with it off, it is published now. Returns the publication when there was one.
	 */
	@Transactional
	public Optional<ActiveRuleSet> submit(Long id, Actor actor) {
		RuleSetDraft draft = own(id, actor);
		RuleSetFiles candidate = candidate(draft);
		CandidateCheck check = manager.check(candidate);
		if (!check.publishable()) {
			throw new RuleSetRejected(check);
		}
		if (signOffRequired()) {
			draft.submit(clock.instant());
			drafts.saveAndFlush(draft);
			return Optional.empty();
		}
		ActiveRuleSet active = publisher.publish(candidate, draft.getAuthor(), draft.getNote(), null);
		draft.published(null, active.version(), clock.instant());
		drafts.saveAndFlush(draft);
		return Optional.of(active);
	}

	/** A second person with the right signs the waiting change off: it is published with both names. */
	@Transactional
	public ActiveRuleSet approve(Long id, Actor actor) {
		RuleSetDraft draft = reviewable(id, actor);
		ActiveRuleSet active = publisher.publish(candidate(draft), draft.getAuthor(), draft.getNote(),
				actor.username());
		draft.published(actor.username(), active.version(), clock.instant());
		drafts.saveAndFlush(draft);
		return active;
	}

	/** A second person sends the waiting change back to its author, saying why. */
	@Transactional
	public RuleSetDraft sendBack(Long id, Actor actor, String reason) {
		RuleSetDraft draft = reviewable(id, actor);
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.of("reason", "ruleset.signOff.reason.required");
		}
		draft.sendBack(actor.username(), checkedNote(reason), clock.instant());
		return drafts.saveAndFlush(draft);
	}

	/**
	 * A hand edit of the rules folder that passed its check, while sign-off is on: it waits for sign-off as a change
	 * by "rules folder" instead of being published (once per content).
	 */
	@Transactional
	void fromFolder(RuleSetFiles folder) {
		RuleSetFiles active = manager.activeFiles();
		for (RuleSetDraft waiting : drafts.findByStateOrderBySubmittedAtAscIdAsc(RuleSetDraft.State.WAITING)) {
			if (waiting.getAuthor().equals(RuleSetPublisher.FOLDER_AUTHOR)
					&& waiting.appliedTo(active).hash().equals(folder.hash())) {
				return;
			}
		}
		Map<String, byte[]> changed = new TreeMap<>();
		folder.files().forEach((path, content) -> {
			byte[] before = active.content(path);
			if (before == null || !java.util.Arrays.equals(before, content)) {
				changed.put(path, content);
			}
		});
		Set<String> deleted = new TreeSet<>(active.files().keySet());
		deleted.removeAll(folder.files().keySet());
		RuleSetDraft draft = new RuleSetDraft(RuleSetPublisher.FOLDER_AUTHOR, "Edited in the rules folder",
				manager.active().map(ActiveRuleSet::version).orElse(null), clock.instant());
		draft.change("Edited in the rules folder", changed, deleted, clock.instant());
		draft.submit(clock.instant());
		drafts.saveAndFlush(draft);
	}

	private RuleSetDraft own(Long id, Actor actor) {
		editor(actor);
		RuleSetDraft draft = drafts.findById(id).orElseThrow(() -> notFound(id));
		if (!draft.getAuthor().equals(actor.username())) {
			throw notFound(id);
		}
		return draft;
	}

	private RuleSetDraft reviewable(Long id, Actor actor) {
		if (!signOffRequired()) {
			throw new UserFacingException.Conflict("ruleset.signOff.off");
		}
		if (!maySignOff(actor)) {
			throw new UserFacingException.Forbidden("ruleset.signOff.notAllowed");
		}
		RuleSetDraft draft = find(id, actor);
		if (draft.getAuthor().equals(actor.username())) {
			throw new UserFacingException.Forbidden("ruleset.signOff.ownChange");
		}
		if (draft.getState() != RuleSetDraft.State.WAITING) {
			throw new UserFacingException.Conflict("ruleset.draft.state.WAITING", id);
		}
		return draft;
	}

	private static void editor(Actor actor) {
		if (!mayEdit(actor)) {
			throw new UserFacingException.Forbidden("ruleset.draft.notAllowed");
		}
	}

	private static String checkedNote(String note) {
		if (note == null || note.isBlank()) {
			throw InvalidInput.of("note", "ruleset.note.required");
		}
		if (note.length() > MAX_NOTE) {
			throw InvalidInput.of("note", "ruleset.note.size");
		}
		if (!InvalidInput.isPlainText(note)) {
			throw InvalidInput.of("note", "text.controlCharacters");
		}
		return note.strip();
	}

	private Set<String> checkedDeleted(Set<String> deleted) {
		Set<String> active = manager.activeFiles().files().keySet();
		for (String path : deleted) {
			if (!active.contains(path)) {
				throw InvalidInput.of("deleted", "ruleset.deleted.unknown", path.length() > 120 ? path.substring(0, 120) : path);
			}
		}
		return deleted;
	}

	private static UserFacingException notFound(Long id) {
		return new UserFacingException.NotFound("ruleset.draft.notFound", id);
	}

}
