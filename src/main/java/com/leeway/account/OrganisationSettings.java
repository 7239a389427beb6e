package com.leeway.account;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Company-wide settings administrators choose, kept as plain key and value. */
@Component
class OrganisationSettings {

	/** The person above every department's next level (the head of IT, say). */
	static final String TOP_LEVEL = "top-level";

	private final JdbcTemplate jdbc;

	OrganisationSettings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> get(String key) {
		List<String> values = jdbc.queryForList("select setting_value from organisation_setting where setting_key = ?",
				String.class, key);
		return values.stream().filter(value -> value != null && !value.isBlank()).findFirst();
	}

	void set(String key, String value) {
		if (jdbc.update("update organisation_setting set setting_value = ? where setting_key = ?", value, key) == 0) {
			jdbc.update("insert into organisation_setting (setting_key, setting_value) values (?, ?)", key, value);
		}
	}

}
