package com.leeway.administration.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.leeway.account.Deputies;
import com.leeway.account.SignedInUser;
import com.leeway.administration.web.Views.DeputyView;

/**
 * A manager's own deputies: who acts for them while they are away. Anybody may list their own (usually none); only
 * people who decide for others may choose one, and only for themselves (403 otherwise); administrators use
 * {@code /api/v1/admin/deputies} for anybody's.
 */
@RestController
@RequestMapping("/api/v1/deputies")
class DeputyApiController {

	private final Deputies deputies;

	DeputyApiController(Deputies deputies) {
		this.deputies = deputies;
	}

	@GetMapping
	List<DeputyView> mine(@AuthenticationPrincipal SignedInUser user) {
		return deputies.of(user.getUsername()).stream().map(DeputyView::of).toList();
	}

	@PostMapping
	ResponseEntity<DeputyView> create(@AuthenticationPrincipal SignedInUser user, @RequestBody Body body) {
		DeputyView created = DeputyView.of(deputies.create(user.actor(), body.manager(), body.deputy(), body.from(),
				body.to(), body.reason()));
		return ResponseEntity.created(URI.create("/api/v1/deputies/" + created.id())).body(created);
	}

	@PostMapping("/{id}/end")
	DeputyView end(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		return DeputyView.of(deputies.end(user.actor(), id));
	}

	record Body(String manager, String deputy, LocalDate from, LocalDate to, String reason) {
	}

}
