package com.leeway.account.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.leeway.account.RefusedInput;
import com.leeway.account.PersonalAccessToken;
import com.leeway.account.PersonalTokens;
import com.leeway.account.SignedInUser;

/**
 * A person's own personal access tokens over the API. The secret appears only in the answer that makes a token.
 */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenApiController {

	private final PersonalTokens tokens;

	private final MessageSource messages;

	TokenApiController(PersonalTokens tokens, MessageSource messages) {
		this.tokens = tokens;
		this.messages = messages;
	}

	@PostMapping
	ResponseEntity<?> create(@AuthenticationPrincipal SignedInUser user, @RequestBody(required = false) NewToken body) {
		try {
			PersonalTokens.Issued issued = tokens.create(user.getUsername(), body == null ? null : body.name(),
					body == null ? null : body.expiresInDays());
			PersonalAccessToken token = issued.token();
			return ResponseEntity.created(URI.create("/api/v1/tokens/" + token.getId()))
				.body(new CreatedToken(token.getId(), token.getName(), token.getCreatedAt(), token.getExpiresAt(),
						issued.secret()));
		}
		catch (RefusedInput refused) {
			String message = messages.getMessage(refused.messageKey(),
					new Object[] { PersonalTokens.MAX_NAME_LENGTH, PersonalTokens.MAX_DAYS },
					LocaleContextHolder.getLocale());
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
			problem.setTitle(messages.getMessage("problem.title.invalid", null, LocaleContextHolder.getLocale()));
			problem.setProperty("errors", List.of(Map.of("field", refused.field(), "message", message)));
			return ResponseEntity.badRequest().body(problem);
		}
	}

	@GetMapping
	List<TokenView> list(@AuthenticationPrincipal SignedInUser user) {
		return tokens.of(user.getUsername()).stream().map(TokenView::of).toList();
	}

	@DeleteMapping("/{id}")
	ResponseEntity<?> revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		if (tokens.revoke(user.getUsername(), id)) {
			return ResponseEntity.noContent().build();
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage("tokens.notFound", null, LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage("problem.title.notFound", null, LocaleContextHolder.getLocale()));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	record NewToken(String name, Integer expiresInDays) {
	}

	record CreatedToken(Long id, String name, Instant created, Instant expires, String token) {
	}

	record TokenView(Long id, String name, Instant created, Instant expires, Instant lastUsed) {

		static TokenView of(PersonalAccessToken token) {
			return new TokenView(token.getId(), token.getName(), token.getCreatedAt(), token.getExpiresAt(),
					token.getLastUsedAt());
		}

	}

}
