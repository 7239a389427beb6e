package com.leeway.ruling;

import java.util.List;
import java.util.Locale;

/**
 * One technology standard of the active rule set, as IT staff wrote it in {@code standards.yaml}.
 *
 * @param status {@code approved} (in force), {@code hold} (no new adoption) or {@code retired}
 * @param reason why the standard exists, in plain language
 * @param interests the company interests it serves (support cost, volume purchasing, ...)
 * @param securityControl whether the standard is a security control that may never be switched off
 * @param owner the person to talk to about the standard, if the rule set names one
 */
public record Standard(String key, String name, String category, String status, List<String> approvedProducts,
		List<String> onHoldProducts, List<String> retiredProducts, String reason, List<String> interests,
		boolean securityControl, StandardOwner owner) {

	public Standard(String key, String name, String category, String status, List<String> approvedProducts,
			List<String> onHoldProducts, List<String> retiredProducts, String reason, List<String> interests,
			boolean securityControl) {
		this(key, name, category, status, approvedProducts, onHoldProducts, retiredProducts, reason, interests,
				securityControl, null);
	}

	public Standard {
		approvedProducts = List.copyOf(approvedProducts);
		onHoldProducts = List.copyOf(onHoldProducts);
		retiredProducts = List.copyOf(retiredProducts);
		interests = List.copyOf(interests);
	}

	/** Where a product stands under this standard: APPROVED, HOLD, RETIRED or NOT_LISTED. */
	public String statusOf(String product) {
		if (contains(approvedProducts, product)) {
			return "APPROVED";
		}
		if (contains(onHoldProducts, product)) {
			return "HOLD";
		}
		if (contains(retiredProducts, product)) {
			return "RETIRED";
		}
		return "NOT_LISTED";
	}

	/** The product's name as the catalogue spells it, or the name as given when it is not listed. */
	public String canonicalName(String product) {
		String wanted = normalize(product);
		for (List<String> list : List.of(approvedProducts, onHoldProducts, retiredProducts)) {
			for (String listed : list) {
				if (normalize(listed).equals(wanted)) {
					return listed;
				}
			}
		}
		return product == null ? "" : SPACES.matcher(product.trim()).replaceAll(" ");
	}

	/** The approved products as a phrase: "A, B or C". */
	public String alternatives() {
		if (approvedProducts.isEmpty()) {
			return "no approved product";
		}
		if (approvedProducts.size() == 1) {
			return approvedProducts.get(0);
		}
		return String.join(", ", approvedProducts.subList(0, approvedProducts.size() - 1)) + " or "
				+ approvedProducts.get(approvedProducts.size() - 1);
	}

	private static boolean contains(List<String> products, String product) {
		String wanted = normalize(product);
		return products.stream().anyMatch(listed -> normalize(listed).equals(wanted));
	}

	private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

	static String normalize(String name) {
		if (name == null) {
			return "";
		}
		String trimmed = name.trim();
		// Most names have single spaces already; skip the regular expression for them.
		return (trimmed.contains("  ") || trimmed.indexOf('\t') >= 0 || trimmed.indexOf('\n') >= 0
				? SPACES.matcher(trimmed).replaceAll(" ") : trimmed).toLowerCase(Locale.ROOT);
	}

}
