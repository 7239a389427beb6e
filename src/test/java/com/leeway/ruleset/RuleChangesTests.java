package com.leeway.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.leeway.ruling.RuleSetFiles;

class RuleChangesTests {

	static RuleSetFiles files(String... pathsAndTexts) {
		Map<String, byte[]> files = new TreeMap<>();
		for (int i = 0; i < pathsAndTexts.length; i += 2) {
			files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
		}
		return new RuleSetFiles(files);
	}

	static String rule(String name, String then) {
		return "rule \"" + name + "\"\nwhen\n  $r : Request()\nthen\n  " + then + "\nend\n";
	}

	@Test
	void namesTheRulesAddedRemovedAndChangedAcrossFiles() {
		RuleSetFiles before = files("a.drl", "package x;\n" + rule("Keep", "a();") + rule("Change me", "b();"),
				"b.drl", rule("Drop me", "c();"));
		RuleSetFiles after = files("a.drl", "package x;\n" + rule("Keep", "a();") + rule("Change me", "B();"),
				"c.drl", rule("New one", "d();"));

		RuleChanges changes = RuleChanges.between(before, after);

		assertThat(changes.rulesAdded()).containsExactly("New one");
		assertThat(changes.rulesRemoved()).containsExactly("Drop me");
		assertThat(changes.rulesChanged()).containsExactly("Change me");
		assertThat(changes.filesChanged()).isEqualTo(1);
		assertThat(changes.filesAdded()).isEqualTo(1);
		assertThat(changes.filesRemoved()).isEqualTo(1);
	}

	@Test
	void aRuleMovedToAnotherFileUnchangedIsNotAChange() {
		RuleSetFiles before = files("a.drl", rule("Move me", "a();"));
		RuleSetFiles after = files("b.drl", rule("Move me", "a();  "));

		RuleChanges changes = RuleChanges.between(before, after);

		assertThat(changes.rulesAdded()).isEmpty();
		assertThat(changes.rulesRemoved()).isEmpty();
		assertThat(changes.rulesChanged()).isEmpty();
		assertThat(changes.isEmpty()).isFalse();
	}

	@Test
	void theFirstVersionAddsEveryRule() {
		RuleChanges changes = RuleChanges.between(null, files("a.drl", rule("One", "a();") + rule("Two", "b();"),
				"standards.yaml", "standards: []"));

		assertThat(changes.rulesAdded()).containsExactly("One", "Two");
		assertThat(changes.filesAdded()).isEqualTo(2);
	}

	@Test
	void theSameFilesAreNoChange() {
		RuleSetFiles same = files("a.drl", rule("One", "a();"));
		assertThat(RuleChanges.between(same, same).isEmpty()).isTrue();
	}

}
