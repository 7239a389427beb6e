package com.leeway.emergency.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.leeway.account.SignedInUser;
import com.leeway.emergency.EmergencyDesk;
import com.leeway.emergency.EmergencyInput;
import com.leeway.emergency.EmergencyView;
import com.leeway.system.UserFacingException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Emergencies over the API: anyone signed in reads the lasting ones; managers and administrators declare, change
 * and end them (403 for anyone else).
 */
@RestController
@RequestMapping("/api/v1/emergencies")
@Tag(name = "Emergencies")
class EmergencyApiController {

	private final EmergencyDesk desk;

	EmergencyApiController(EmergencyDesk desk) {
		this.desk = desk;
	}

	@GetMapping
	@Operation(summary = "The emergencies lasting now (all of them, ended ones too, for managers and administrators with all=true)")
	List<EmergencyView> list(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean all,
			@AuthenticationPrincipal SignedInUser user) {
		if (all) {
			allowed(user);
			return desk.all();
		}
		return desk.current();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One emergency")
	EmergencyView one(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		allowed(user);
		return desk.find(id);
	}

	@PostMapping
	@Operation(summary = "Declare an emergency: reason, standards and/or products, effect (DENY or HOLD), suspendExceptions, endsOn (its last day)")
	ResponseEntity<EmergencyView> declare(@RequestBody EmergencyInput input, @AuthenticationPrincipal SignedInUser user) {
		EmergencyView declared = desk.declare(input, user.actor());
		return ResponseEntity.created(URI.create("/api/v1/emergencies/" + declared.id())).body(declared);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a lasting emergency (all fields, as when declaring)")
	EmergencyView change(@PathVariable Long id, @RequestBody EmergencyInput input,
			@AuthenticationPrincipal SignedInUser user) {
		return desk.change(id, input, user.actor());
	}

	@PostMapping("/{id}/end")
	@Operation(summary = "End a lasting emergency now: suspended exceptions are granted again")
	EmergencyView end(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		return desk.end(id, user.actor());
	}

	private static void allowed(SignedInUser user) {
		if (user == null || !EmergencyDesk.mayDeclare(user.actor())) {
			throw new UserFacingException.Forbidden("emergency.notAllowed");
		}
	}

}
