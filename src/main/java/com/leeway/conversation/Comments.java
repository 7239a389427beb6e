package com.leeway.conversation;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.account.Actor;
import com.leeway.account.Directory;
import com.leeway.request.RequestPolicy;
import com.leeway.request.RequestQueries;
import com.leeway.request.RequestStanding;
import com.leeway.request.RequestView;
import com.leeway.system.UserFacingException;

/**
 * Comments on a request, between the requester and everyone who may see it ({@link RequestPolicy#see}); someone
 * who may not see the request learns nothing, not even that it exists (404). IT staff and administrators may leave
 * internal notes, which only they read: never the requester, even when the requester is IT staff themselves. Each
 * comment tells the others in the conversation (the requester, whoever holds the request, everyone who commented).
 */
@Service
public class Comments {

	/** The longest comment, in characters. */
	public static final int MAX_LENGTH = 4000;

	private final CommentRepository comments;

	private final RequestQueries requests;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final com.leeway.ruling.RuleEvaluator rulings;

	Comments(CommentRepository comments, RequestQueries requests, Directory directory, ApplicationEventPublisher events,
			Clock clock, com.leeway.ruling.RuleEvaluator rulings) {
		this.rulings = rulings;
		this.comments = comments;
		this.requests = requests;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/** The comments this person may read on a request they may see, oldest first. */
	@Transactional(readOnly = true)
	public List<CommentView> of(Long requestId, Actor reader) {
		RequestStanding request = visible(requestId, reader);
		boolean internal = readsInternalNotes(reader, request);
		return comments.findByRequestIdOrderByIdAsc(requestId)
			.stream()
			.filter(comment -> internal || !comment.isInternal())
			.map(this::view)
			.toList();
	}

	/** One comment, for Leeway's own follow-through (notices), not for people. */
	@Transactional(readOnly = true)
	public CommentView asSystem(Long commentId) {
		return view(comments.findById(commentId).orElseThrow());
	}

	/** Writes a comment (or, for IT staff, an internal note) on a request the author may see. */
	@Transactional
	public CommentView write(Long requestId, WriteComment command, Actor author) {
		return write(requestId, command.body(), command.isInternal(), null, author);
	}

	/**
	 * Writes a comment addressed to someone outside the conversation (a standard's owner asked for a call); they are
	 * told when they have an account here.
	 */
	@Transactional
	public CommentView writeTo(Long requestId, String addressedTo, String body, Actor author) {
		return write(requestId, body, false, addressedTo, author);
	}

	/**
	 * Asks the owner of the request's standard for a call: a comment on the request addressed to them, of which they
	 * are told (when they have an account here; the page offers their e-mail and telephone links either way).
	 */
	@Transactional
	public CommentView askForCall(Long requestId, AskForCall command, Actor actor) {
		RequestStanding request = visible(requestId, actor);
		String standardKey = requests.viewAsSystem(request.id()).standardKey();
		String email = rulings.standards()
			.find(standardKey)
			.map(com.leeway.ruling.Standard::owner)
			.map(com.leeway.ruling.StandardOwner::email)
			.orElseThrow(() -> new UserFacingException.Conflict("call.noOwner"));
		return write(requestId, command.message(), false, email, actor);
	}

	private CommentView write(Long requestId, String body, boolean internal, String addressedTo, Actor author) {
		RequestStanding request = visible(requestId, author);
		if (internal && !readsInternalNotes(author, request)) {
			throw new UserFacingException.Forbidden("comment.internal.notAllowed");
		}
		Comment comment = comments.saveAndFlush(
				new Comment(requestId, author.username(), clock.instant(), body.strip(), internal, addressedTo));
		events.publishEvent(new CommentWritten(requestId, comment.getId(), author.username(), internal,
				recipients(requestId, request, author, internal, addressedTo), addressedTo));
		return view(comment);
	}

	/** Everyone in the conversation but the author; for an internal note, only those who read internal notes. */
	private List<String> recipients(Long requestId, RequestStanding request, Actor author, boolean internal,
			String addressedTo) {
		RequestView view = requests.viewAsSystem(requestId);
		Set<String> people = new LinkedHashSet<>();
		people.add(request.requester());
		if (view.agenda() != null) {
			view.agenda().holders().forEach(holder -> people.add(holder.username()));
		}
		if (view.question() != null) {
			people.add(view.question().askedBy());
		}
		if (view.decision() != null) {
			people.add(view.decision().decidedBy());
		}
		comments.findByRequestIdOrderByIdAsc(requestId).forEach(comment -> people.add(comment.getAuthor()));
		if (addressedTo != null) {
			directory.findByEmail(addressedTo).ifPresent(owner -> people.add(owner.username()));
		}
		people.remove(author.username());
		return people.stream()
			.filter(username -> !internal || directory.find(username)
				.map(person -> readsInternalNotes(person, request))
				.orElse(false))
			.toList();
	}

	/** IT staff and administrators read internal notes, except on their own requests. */
	static boolean readsInternalNotes(Actor reader, RequestStanding request) {
		return reader.seesEverything() && !reader.username().equals(request.requester());
	}

	private RequestStanding visible(Long requestId, Actor actor) {
		RequestStanding request = requests.standingAsSystem(requestId);
		RequestPolicy.see(actor, request).orThrow();
		return request;
	}

	private CommentView view(Comment comment) {
		return new CommentView(comment.getId(), comment.getRequestId(), comment.getAuthor(),
				directory.nameOf(comment.getAuthor()), comment.getWrittenAt(), comment.getBody(), comment.isInternal(),
				comment.getAddressedTo());
	}

}
