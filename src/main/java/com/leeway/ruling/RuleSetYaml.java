package com.leeway.ruling;

import java.io.StringReader;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.TreeMap;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The one way rule-set YAML ({@code standards.yaml}, {@code tests/*.yaml}) is read: composed into plain nodes
 * (no objects are constructed, so no type tags are honoured) within limits on size, nesting and aliases, so a
 * hostile file is refused quickly instead of exhausting memory or the stack. Keys appear once per mapping.
 */
public final class RuleSetYaml {

	/** Deepest nesting of lists and mappings; the real files need four levels. */
	public static final int MAX_NESTING = 50;

	/** Aliases to lists or mappings per file (the "billion laughs" lever); the real files use none. */
	public static final int MAX_ALIASES = 20;

	/** Characters per file, the same bound as the size of a rule file. */
	public static final int MAX_CODE_POINTS = 1_000_000;

	private RuleSetYaml() {
	}

	/**
	 * Parses one YAML document into nodes. A {@link MarkedYAMLException} is a mistake in the text (with its line);
	 * any other {@link YAMLException} means the file breaks one of the limits.
	 */
	public static Node compose(String text) {
		Node root = new Yaml(options()).compose(new StringReader(text));
		if (root != null) {
			checkKeysOnce(root, Collections.newSetFromMap(new IdentityHashMap<>()));
		}
		return root;
	}

	/** Whether an exception from {@link #compose} is a broken limit rather than a mistake in the text. */
	public static boolean isLimit(YAMLException ex) {
		return !(ex instanceof MarkedYAMLException);
	}

	static LoaderOptions options() {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(MAX_ALIASES);
		options.setNestingDepthLimit(MAX_NESTING);
		options.setCodePointLimit(MAX_CODE_POINTS);
		options.setAllowDuplicateKeys(false);
		options.setAllowRecursiveKeys(false);
		return options;
	}

	private static void checkKeysOnce(Node node, Set<Node> seen) {
		if (!seen.add(node)) {
			return;
		}
		if (node instanceof MappingNode mapping) {
			TreeMap<String, Mark> keys = new TreeMap<>();
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode key) {
					Mark first = keys.putIfAbsent(key.getValue(), key.getStartMark());
					if (first != null) {
						throw new DuplicateKey(key.getValue(), first, key.getStartMark());
					}
				}
				checkKeysOnce(tuple.getValueNode(), seen);
			}
		}
		else if (node instanceof SequenceNode sequence) {
			sequence.getValue().forEach(item -> checkKeysOnce(item, seen));
		}
	}

	/** The same key twice in one mapping: the second would silently win or be ignored. */
	static final class DuplicateKey extends MarkedYAMLException {

		DuplicateKey(String key, Mark first, Mark again) {
			super("in the mapping starting here", first, "the key '" + key + "' appears twice", again);
		}

	}

}
