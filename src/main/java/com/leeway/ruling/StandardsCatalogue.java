package com.leeway.ruling;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The standards of a rule set, read from its {@code standards.yaml}. Problems are reported with the line they
 * are on, in words IT staff understand.
 */
public final class StandardsCatalogue {

	public static final String FILE = "standards.yaml";

	private static final Set<String> STATUSES = Set.of("approved", "hold", "retired");

	private final Map<String, Standard> byKey;

	private StandardsCatalogue(Map<String, Standard> byKey) {
		this.byKey = byKey;
	}

	public static StandardsCatalogue empty() {
		return new StandardsCatalogue(Map.of());
	}

	public Optional<Standard> find(String key) {
		return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
	}

	public Collection<Standard> all() {
		return byKey.values();
	}

	public boolean isEmpty() {
		return byKey.isEmpty();
	}

	/** Parses {@code standards.yaml}; any problem found is added to {@code problems}. */
	public static StandardsCatalogue parse(byte[] content, List<RuleProblem> problems) {
		Map<String, Standard> standards = new LinkedHashMap<>();
		Node root;
		try {
			root = RuleSetYaml.compose(new String(content, StandardCharsets.UTF_8));
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() == null ? 0 : ex.getProblemMark().getLine() + 1;
			int column = ex.getProblemMark() == null ? 0 : ex.getProblemMark().getColumn() + 1;
			problems.add(RuleProblem.error(FILE, line, column, "This is not valid YAML: " + ex.getProblem() + "."));
			return new StandardsCatalogue(standards);
		}
		catch (YAMLException ex) {
			problems.add(RuleProblem.error(FILE, 1, 1, "This file is too large or too deeply nested to read: "
					+ ex.getMessage() + "."));
			return new StandardsCatalogue(standards);
		}
		Node list = root instanceof MappingNode mapping ? value(mapping, "standards") : null;
		if (!(list instanceof SequenceNode sequence)) {
			problems.add(RuleProblem.error(FILE, 1, 1,
					"The file must start with 'standards:' followed by a list of standards."));
			return new StandardsCatalogue(standards);
		}
		for (Node item : sequence.getValue()) {
			int line = item.getStartMark().getLine() + 1;
			if (!(item instanceof MappingNode entry)) {
				problems.add(RuleProblem.error(FILE, line, 1, "Each standard must be a set of 'key: value' lines."));
				continue;
			}
			String key = text(entry, "key");
			String name = text(entry, "name");
			String status = text(entry, "status");
			if (key == null || !key.matches("[A-Z][A-Z0-9_]{1,63}")) {
				problems.add(RuleProblem.error(FILE, line, 1,
						"A standard needs a 'key' in capital letters, digits and underscores, such as WORD_PROCESSING."));
				continue;
			}
			if (standards.containsKey(key)) {
				problems.add(RuleProblem.error(FILE, line, 1, "The key " + key + " is used by two standards."));
				continue;
			}
			if (name == null) {
				problems.add(RuleProblem.error(FILE, line, 1, "The standard " + key + " needs a 'name'."));
				continue;
			}
			if (status == null || !STATUSES.contains(status)) {
				problems.add(RuleProblem.error(FILE, line, 1,
						"The standard " + key + " needs a 'status' of approved, hold or retired."));
				continue;
			}
			String reason = text(entry, "reason");
			if (reason == null) {
				problems.add(RuleProblem.error(FILE, line, 1,
						"The standard " + key + " needs a 'reason' saying, in plain words, why it exists."));
				continue;
			}
			StandardOwner owner = owner(key, entry, line, problems);
			standards.put(key, new Standard(key, name, orDefault(text(entry, "category"), "General"), status,
					texts(entry, "approved"), texts(entry, "hold"), texts(entry, "retired"), reason,
					texts(entry, "interests"), "true".equalsIgnoreCase(text(entry, "securityControl")), owner));
		}
		return new StandardsCatalogue(standards);
	}

	private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern
		.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,180}\\.[A-Za-z]{2,24}");

	private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+?[0-9][0-9 ()./-]{2,29}");

	private static final java.util.regex.Pattern CHAT = java.util.regex.Pattern.compile("https://[^\\s<>\"'`]{4,490}");

	/**
	 * The standard's owner ({@code owner:} with {@code name}, and any of {@code email}, {@code phone}, {@code chat});
	 * a way to reach them that is not what it claims to be is a problem, so a page never links to something else.
	 */
	private static StandardOwner owner(String key, MappingNode entry, int line, List<RuleProblem> problems) {
		Node node = value(entry, "owner");
		if (node == null) {
			return null;
		}
		int at = node.getStartMark().getLine() + 1;
		if (!(node instanceof MappingNode owner)) {
			problems.add(RuleProblem.error(FILE, at, 1, "The owner of " + key
					+ " must be a set of 'key: value' lines: name, and any of email, phone and chat."));
			return null;
		}
		String name = text(owner, "name");
		String email = text(owner, "email");
		String phone = text(owner, "phone");
		String chat = text(owner, "chat");
		if (name == null || name.length() > 200) {
			problems.add(RuleProblem.error(FILE, at, 1, "The owner of " + key + " needs a 'name' of at most 200 characters."));
			return null;
		}
		if (email != null && !EMAIL.matcher(email).matches()) {
			problems.add(RuleProblem.error(FILE, at, 1, "The owner's 'email' of " + key
					+ " is not an e-mail address such as name@example.com."));
			return null;
		}
		if (phone != null && !PHONE.matcher(phone).matches()) {
			problems.add(RuleProblem.error(FILE, at, 1, "The owner's 'phone' of " + key
					+ " must be a telephone number: digits, spaces, brackets, dots, dashes and a leading +."));
			return null;
		}
		if (chat != null && !CHAT.matcher(chat).matches()) {
			problems.add(RuleProblem.error(FILE, at, 1, "The owner's 'chat' of " + key
					+ " must be a link starting with https:// (a chat or meeting link), without spaces."));
			return null;
		}
		return new StandardOwner(name, email, phone, chat);
	}

	private static Node value(MappingNode mapping, String key) {
		for (NodeTuple tuple : mapping.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
				return tuple.getValueNode();
			}
		}
		return null;
	}

	private static String text(MappingNode mapping, String key) {
		Node node = value(mapping, key);
		if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
			return scalar.getValue().trim();
		}
		return null;
	}

	private static List<String> texts(MappingNode mapping, String key) {
		Node node = value(mapping, key);
		List<String> values = new ArrayList<>();
		if (node instanceof SequenceNode sequence) {
			for (Node item : sequence.getValue()) {
				if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
					values.add(scalar.getValue().trim());
				}
			}
		}
		else if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
			values.add(scalar.getValue().trim());
		}
		return values;
	}

	private static String orDefault(String value, String fallback) {
		return value == null ? fallback : value;
	}

}
