package com.leeway.standard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.leeway.standard.StandardsCatalogueView;

/**
 * The standards catalogue page, readable by everyone signed in.
 */
@Controller
class StandardsController {

	static final String VIEW_CATALOGUE = "standard/catalogue";

	private final StandardsCatalogueView catalogue;

	private final com.leeway.ruleset.PolicySignOffs signOffs;

	StandardsController(StandardsCatalogueView catalogue, com.leeway.ruleset.PolicySignOffs signOffs) {
		this.catalogue = catalogue;
		this.signOffs = signOffs;
	}

	@GetMapping("/standards")
	String catalogue(Model model) {
		var standards = catalogue.all();
		model.addAttribute("standards", standards);
		model.addAttribute("signOffs",
				signOffs.forStandards(standards.stream().map(com.leeway.ruling.Standard::key).toList()));
		return VIEW_CATALOGUE;
	}

}
