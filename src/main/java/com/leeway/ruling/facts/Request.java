package com.leeway.ruling.facts;

import java.util.Arrays;
import java.util.Locale;

import com.leeway.ruling.RequestFacts;
import com.leeway.ruling.Standard;

/**
 * An exception request as the rules see it: what was asked for, and where the product stands in the standard
 * it is an exception to. Immutable; every property is a plain text, number or yes/no.
 */
public final class Request {

	private final String standard;

	private final String standardName;

	private final String standardStatus;

	private final String category;

	private final boolean securityControl;

	private final String product;

	private final String productStatus;

	private final String version;

	private final String alternatives;

	private final String justification;

	private final int durationDays;

	private final int usersAffected;

	private final String dataClassification;

	private final String compensatingControls;

	private final double estimatedCost;

	private final String requester;

	private final String department;

	private final int renewalCount;

	private final String previousOutcome;

	private final boolean emergency;

	/** Normalized once, because decision tables ask productIs/versionIs of every request, row by row. */
	private final String productKey;

	private final String versionKey;

	private String mentionText;

	public Request(RequestFacts facts, Standard standard) {
		this.standard = facts.standardKey();
		this.standardName = standard == null ? facts.standardKey() : standard.name();
		this.standardStatus = standard == null ? "UNKNOWN" : standard.status().toUpperCase(Locale.ROOT);
		this.category = standard == null ? "" : standard.category();
		this.securityControl = standard != null && standard.securityControl();
		this.product = standard == null ? trim(facts.product()) : standard.canonicalName(facts.product());
		this.productStatus = standard == null ? "NOT_LISTED" : standard.statusOf(facts.product());
		this.version = trim(facts.productVersion());
		this.alternatives = standard == null ? "" : standard.alternatives();
		this.justification = trim(facts.justification());
		this.durationDays = facts.durationDays();
		this.usersAffected = facts.usersAffected();
		this.dataClassification = facts.dataClassification() == null ? "INTERNAL"
				: facts.dataClassification().toUpperCase(Locale.ROOT);
		this.compensatingControls = trim(facts.compensatingControls());
		this.estimatedCost = facts.estimatedCost() == null ? 0 : facts.estimatedCost().doubleValue();
		this.requester = trim(facts.requester());
		this.department = trim(facts.department());
		this.renewalCount = facts.renewalCount();
		this.previousOutcome = facts.previousOutcome() == null ? "" : facts.previousOutcome();
		this.emergency = facts.emergency();
		this.productKey = normalize(this.product);
		this.versionKey = normalize(this.version);
	}

	/** The key of the standard the request is an exception to, e.g. {@code "WORD_PROCESSING"}. */
	public String getStandard() {
		return standard;
	}

	public String getStandardName() {
		return standardName;
	}

	/** {@code APPROVED}, {@code HOLD} or {@code RETIRED}: the status of the standard itself. */
	public String getStandardStatus() {
		return standardStatus;
	}

	public String getCategory() {
		return category;
	}

	/** Whether the standard is a security control (endpoint protection, disk encryption, ...). */
	public boolean isSecurityControl() {
		return securityControl;
	}

	/** The product, spelled as the catalogue spells it when it is listed there. */
	public String getProduct() {
		return product;
	}

	/** {@code APPROVED}, {@code HOLD}, {@code RETIRED} or {@code NOT_LISTED}: the product under the standard. */
	public String getProductStatus() {
		return productStatus;
	}

	public String getVersion() {
		return version;
	}

	/** The approved products of the standard as a phrase, e.g. "Microsoft 365 Apps or LibreOffice". */
	public String getAlternatives() {
		return alternatives;
	}

	public String getJustification() {
		return justification;
	}

	public int getDurationDays() {
		return durationDays;
	}

	public int getUsersAffected() {
		return usersAffected;
	}

	/** {@code PUBLIC}, {@code INTERNAL}, {@code CONFIDENTIAL} or {@code REGULATED}. */
	public String getDataClassification() {
		return dataClassification;
	}

	/** Whether the data is confidential or regulated. */
	public boolean isSensitiveData() {
		return dataClassification.equals("CONFIDENTIAL") || dataClassification.equals("REGULATED");
	}

	public String getCompensatingControls() {
		return compensatingControls;
	}

	/** Whether the requester described compensating controls. */
	public boolean isCompensatingControlsGiven() {
		return !compensatingControls.isEmpty();
	}

	/** The estimated cost in the company currency; 0 when none was given. */
	public double getEstimatedCost() {
		return estimatedCost;
	}

	public String getRequester() {
		return requester;
	}

	public String getDepartment() {
		return department;
	}

	/** How many times this exception has been renewed before; 0 for a first request. */
	public int getRenewalCount() {
		return renewalCount;
	}

	/** Whether this request renews an earlier exception. */
	public boolean isRenewal() {
		return renewalCount > 0;
	}

	/** The final status of the request being renewed (e.g. {@code APPROVED}, {@code EXPIRED}), or "". */
	public String getPreviousOutcome() {
		return previousOutcome;
	}

	/**
	 * Whether a declared emergency covers this request's standard or product while it lasts. Leeway applies the
	 * emergency's effect (deny, or hold for IT staff) whatever the rules say; rules may add to it.
	 */
	public boolean isEmergency() {
		return emergency;
	}

	/** Whether the product name is one of the given names, ignoring case and extra spaces. */
	public boolean productIs(String... names) {
		for (String name : names) {
			if (normalize(name).equals(productKey)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the version is one of the given versions or starts with one followed by anything but a digit:
	 * {@code versionIs("8")} matches "8", "8.0.402", "8u402" and "8 SP1", not "80".
	 */
	public boolean versionIs(String... versions) {
		for (String version : versions) {
			String wanted = normalize(version);
			if (versionKey.equals(wanted)
					|| (versionKey.startsWith(wanted) && !Character.isDigit(versionKey.charAt(wanted.length())))) {
				return true;
			}
		}
		return false;
	}

	/** Whether the justification or compensating controls mention any of the words, ignoring case. */
	public boolean mentions(String... words) {
		if (mentionText == null) {
			mentionText = normalize(justification + " " + compensatingControls);
		}
		return Arrays.stream(words).anyMatch(word -> mentionText.contains(normalize(word)));
	}

	private static String trim(String value) {
		return value == null ? "" : value.trim();
	}

	private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

	private static String normalize(String value) {
		if (value == null) {
			return "";
		}
		String trimmed = value.trim();
		// Most names have single spaces already; skip the regular expression for them.
		boolean plain = !trimmed.contains("  ") && trimmed.indexOf('\t') < 0 && trimmed.indexOf('\n') < 0;
		return (plain ? trimmed : SPACES.matcher(trimmed).replaceAll(" ")).toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return "Request[" + standard + ", " + product + " " + version + ", " + durationDays + " days, "
				+ usersAffected + " users, " + dataClassification + "]";
	}

}
