package com.leeway.standard;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import com.leeway.ruling.RuleEvaluator;
import com.leeway.ruling.Standard;

/**
 * The standards of the active rule set, ordered for reading: by category, then by name.
 */
@Service
public class StandardsCatalogueView {

	private final RuleEvaluator rulings;

	StandardsCatalogueView(RuleEvaluator rulings) {
		this.rulings = rulings;
	}

	public List<Standard> all() {
		return rulings.standards()
			.all()
			.stream()
			.sorted(Comparator.comparing(Standard::category).thenComparing(Standard::name))
			.toList();
	}

}
