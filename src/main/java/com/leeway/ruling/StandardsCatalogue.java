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
			standards.put(key, new Standard(key, name, orDefault(text(entry, "category"), "General"), status,
					texts(entry, "approved"), texts(entry, "hold"), texts(entry, "retired"), reason,
					texts(entry, "interests"), "true".equalsIgnoreCase(text(entry, "securityControl"))));
		}
		return new StandardsCatalogue(standards);
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
