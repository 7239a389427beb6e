package com.leeway.ruleset;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import com.leeway.ruling.RuleSetFiles;

/**
 * Who signed each standard's current policy off, and when: the newest publication that changed the standard's
 * entry in {@code standards.yaml} or a rule file naming the standard's key. Computed once per active version.
 */
@Service
public class PolicySignOffs {

	/**
	 * The publication that made a standard's policy what it is now.
	 *
	 * @param approvedBy who signed it off; null when it was published without sign-off
	 */
	public record SignOff(String publishedBy, Instant publishedAt, String approvedBy, Instant approvedAt) {
	}

	private final RuleSetLibrary library;

	private volatile String cachedFor;

	private volatile Map<String, SignOff> cached = Map.of();

	PolicySignOffs(RuleSetLibrary library) {
		this.library = library;
	}

	/** For each standard key: the publication that last changed its policy (empty before anything is published). */
	public Map<String, SignOff> forStandards(List<String> keys) {
		List<RuleSetPublication> history = library.history();
		if (history.isEmpty()) {
			return Map.of();
		}
		String newest = history.get(0).getId() + ":" + keys.hashCode();
		if (newest.equals(cachedFor)) {
			return cached;
		}
		Map<String, RuleSetFiles> files = new HashMap<>();
		Map<String, SignOff> signOffs = new LinkedHashMap<>();
		for (String key : keys) {
			for (int i = 0; i < history.size(); i++) {
				RuleSetPublication publication = history.get(i);
				Optional<String> now = fingerprint(files, publication.getContentHash(), key);
				Optional<String> before = i + 1 < history.size()
						? fingerprint(files, history.get(i + 1).getContentHash(), key) : Optional.empty();
				if (i + 1 == history.size() || !now.equals(before)) {
					signOffs.put(key, new SignOff(publication.getPublishedBy(), publication.getPublishedAt(),
							publication.getApprovedBy(), publication.getApprovedAt()));
					break;
				}
			}
		}
		cached = Map.copyOf(signOffs);
		cachedFor = newest;
		return cached;
	}

	/** The standard's entry in standards.yaml and every rule file that names its key, as one text. */
	private Optional<String> fingerprint(Map<String, RuleSetFiles> cache, String version, String key) {
		RuleSetFiles files = cache.computeIfAbsent(version, hash -> library.filesOf(hash).orElse(null));
		if (files == null) {
			return Optional.empty();
		}
		StringBuilder text = new StringBuilder();
		new TreeMap<>(files.files()).forEach((path, content) -> {
			String body = new String(content, StandardCharsets.UTF_8);
			if (path.equals("standards.yaml")) {
				text.append(entry(body, key));
			}
			else if (body.contains(key)) {
				text.append(path).append('\n').append(body);
			}
		});
		return Optional.of(text.toString());
	}

	private static String entry(String yaml, String key) {
		int start = yaml.indexOf("key: " + key);
		if (start < 0) {
			return "";
		}
		int end = yaml.indexOf("- key:", start);
		return yaml.substring(start, end < 0 ? yaml.length() : end);
	}

}
