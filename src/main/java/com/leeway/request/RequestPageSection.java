package com.leeway.request;

import java.util.Map;
import java.util.Optional;

import com.leeway.account.Actor;

/**
 * A part of the request page that another module owns (for example the satisfaction question): the request page
 * shows every section a module offers for this request and this reader, in the order of the beans, without
 * knowing the modules. The fragment lives in the owning module's templates.
 */
public interface RequestPageSection {

	/** The section to show to this reader on the page of this request, or empty for none. */
	Optional<Section> sectionFor(RequestView request, Actor reader);

	/**
	 * @param template the owning module's template, e.g. {@code survey/sections}
	 * @param fragment the fragment in it, called with the {@code model} as its one parameter
	 * @param model what the fragment shows
	 */
	record Section(String template, String fragment, Map<String, Object> model) {
	}

}
