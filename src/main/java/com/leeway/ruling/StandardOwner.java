package com.leeway.ruling;

/**
 * The person to talk to about a standard, as {@code standards.yaml} names them under {@code owner:}. Only the name is
 * required; each way to reach them is checked when the rules are read (an e-mail address, a telephone number of
 * digits and the usual separators, a chat or meeting link starting with {@code https://}).
 */
public record StandardOwner(String name, String email, String phone, String chat) {

	/** The telephone number as a {@code tel:} link wants it: digits and a leading plus only. */
	public String phoneLink() {
		return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
	}

	/** The {@code mailto:} link of the e-mail address. */
	public String emailLink() {
		return email == null ? null : "mailto:" + email;
	}

}
