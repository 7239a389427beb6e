package com.leeway.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.leeway.ruling.RuleSetFiles;

/**
 * What changed between two versions of the rule set, as a reader first wants to know it: which rules were added,
 * removed or changed (by the names in their {@code rule "..."} lines, across all rule files), and how many files.
 * A rule counts as changed when its text from {@code rule "..."} to the next rule differs.
 */
public record RuleChanges(List<String> rulesAdded, List<String> rulesRemoved, List<String> rulesChanged,
		int filesAdded, int filesRemoved, int filesChanged) {

	private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");

	public static RuleChanges between(RuleSetFiles before, RuleSetFiles after) {
		Map<String, String> old = before == null ? Map.of() : rulesOf(before);
		Map<String, String> now = rulesOf(after);
		List<String> added = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		List<String> changed = new ArrayList<>();
		for (String name : new TreeSet<>(now.keySet())) {
			if (!old.containsKey(name)) {
				added.add(name);
			}
			else if (!old.get(name).equals(now.get(name))) {
				changed.add(name);
			}
		}
		for (String name : new TreeSet<>(old.keySet())) {
			if (!now.containsKey(name)) {
				removed.add(name);
			}
		}
		int filesAdded = 0;
		int filesRemoved = 0;
		int filesChanged = 0;
		Map<String, byte[]> beforeFiles = before == null ? Map.of() : before.files();
		for (Map.Entry<String, byte[]> file : after.files().entrySet()) {
			byte[] earlier = beforeFiles.get(file.getKey());
			if (earlier == null) {
				filesAdded++;
			}
			else if (!java.util.Arrays.equals(earlier, file.getValue())) {
				filesChanged++;
			}
		}
		for (String path : beforeFiles.keySet()) {
			if (!after.files().containsKey(path)) {
				filesRemoved++;
			}
		}
		return new RuleChanges(added, removed, changed, filesAdded, filesRemoved, filesChanged);
	}

	/** Every rule by name, with its text (whitespace at line ends ignored), from all rule files. */
	static Map<String, String> rulesOf(RuleSetFiles files) {
		Map<String, String> rules = new LinkedHashMap<>();
		for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
			if (!file.getKey().endsWith(".drl")) {
				continue;
			}
			String text = new String(file.getValue(), StandardCharsets.UTF_8).replace("\r\n", "\n");
			Matcher rule = RULE.matcher(text);
			List<int[]> starts = new ArrayList<>();
			List<String> names = new ArrayList<>();
			while (rule.find()) {
				starts.add(new int[] { rule.start() });
				names.add(rule.group(1));
			}
			for (int i = 0; i < names.size(); i++) {
				int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
				String body = text.substring(starts.get(i)[0], end).replaceAll("[ \\t]+\\n", "\n").strip();
				rules.merge(names.get(i), body, (first, second) -> first + "\n" + second);
			}
		}
		return rules;
	}

	public boolean isEmpty() {
		return rulesAdded.isEmpty() && rulesRemoved.isEmpty() && rulesChanged.isEmpty() && filesAdded == 0
				&& filesRemoved == 0 && filesChanged == 0;
	}

	public int filesTouched() {
		return filesAdded + filesRemoved + filesChanged;
	}

}
