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

	StandardsController(StandardsCatalogueView catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/standards")
	String catalogue(Model model) {
		model.addAttribute("standards", catalogue.all());
		return VIEW_CATALOGUE;
	}

}
