package com.leeway.rules.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.leeway.rules.ActiveRuleSet;
import com.leeway.rules.RuleSetManager;
import com.leeway.system.UserFacingException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Rule sets")
class RuleSetApiController {

	private final RuleSetManager manager;

	RuleSetApiController(RuleSetManager manager) {
		this.manager = manager;
	}

	@GetMapping("/api/v1/rulesets/active")
	@Operation(summary = "The rule set deciding now: its version (content hash), when it was activated, its rules and files")
	ActiveBody active() {
		ActiveRuleSet active = manager.active()
			.orElseThrow(() -> new UserFacingException.NotFound("ruleset.noneActive"));
		return new ActiveBody(active.version(), active.activatedAt(), active.ruleCount(), active.files(),
				active.rules(), active.publishedBy(), active.note());
	}

	record ActiveBody(String version, Instant activatedAt, int ruleCount, List<String> files, List<String> rules,
			String publishedBy, String note) {
	}

}
