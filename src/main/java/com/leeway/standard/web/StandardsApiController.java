package com.leeway.standard.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.leeway.ruling.Standard;
import com.leeway.standard.StandardsCatalogueView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Standards")
class StandardsApiController {

	private final StandardsCatalogueView catalogue;

	StandardsApiController(StandardsCatalogueView catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/api/v1/standards")
	@Operation(summary = "The standards of the active rule set, with approved products and the reason each exists")
	List<StandardBody> standards() {
		return catalogue.all().stream().map(StandardBody::of).toList();
	}

	/** Who to talk to about the standard: a name and any of e-mail, telephone and a chat or meeting link. */
	@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
	record OwnerBody(String name, String email, String phone, String chat) {
	}

	record StandardBody(String key, String name, String category, String status, List<String> approvedProducts,
			List<String> onHoldProducts, List<String> retiredProducts, String reason, List<String> interests,
			boolean securityControl,
			@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) OwnerBody owner) {

		static StandardBody of(Standard standard) {
			return new StandardBody(standard.key(), standard.name(), standard.category(), standard.status(),
					standard.approvedProducts(), standard.onHoldProducts(), standard.retiredProducts(),
					standard.reason(), standard.interests(), standard.securityControl(),
					standard.owner() == null ? null : new OwnerBody(standard.owner().name(), standard.owner().email(),
							standard.owner().phone(), standard.owner().chat()));
		}

	}

}
