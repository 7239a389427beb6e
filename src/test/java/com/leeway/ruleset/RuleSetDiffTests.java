package com.leeway.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.leeway.ruleset.RuleSetDiff.Change;
import com.leeway.ruleset.RuleSetDiff.FileDiff;
import com.leeway.ruleset.RuleSetDiff.Hunk;
import com.leeway.ruleset.RuleSetDiff.Kind;
import com.leeway.ruleset.RuleSetDiff.Line;
import com.leeway.ruling.RuleSetFiles;

/**
 * The version page shows what changed between two rule sets file by file, in hunks with line numbers and a few
 * lines of context.
 */
class RuleSetDiffTests {

	static String numbered(int count) {
		return IntStream.rangeClosed(1, count).mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n"));
	}

	static RuleSetFiles files(String... pathsAndTexts) {
		Map<String, byte[]> files = new TreeMap<>();
		for (int i = 0; i < pathsAndTexts.length; i += 2) {
			files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
		}
		return new RuleSetFiles(files);
	}

	static FileDiff file(List<FileDiff> diff, String path) {
		return diff.stream().filter(file -> file.path().equals(path)).findFirst().orElseThrow();
	}

	@Test
	void aChangedLineShowsWithThreeLinesOfContextAndItsLineNumbers() {
		List<FileDiff> diff = RuleSetDiff.between(files("a.drl", numbered(20)),
				files("a.drl", numbered(20).replace("line 10\n", "line ten\n")));

		FileDiff file = file(diff, "a.drl");
		assertThat(file.change()).isEqualTo(Change.CHANGED);
		assertThat(file.hunks()).hasSize(1);
		Hunk hunk = file.hunks().get(0);
		assertThat(hunk.beforeStart()).isEqualTo(7);
		assertThat(hunk.afterStart()).isEqualTo(7);
		assertThat(hunk.lines()).containsExactly(new Line(Kind.SAME, 7, 7, "line 7"), new Line(Kind.SAME, 8, 8, "line 8"),
				new Line(Kind.SAME, 9, 9, "line 9"), new Line(Kind.REMOVED, 10, 0, "line 10"),
				new Line(Kind.ADDED, 0, 10, "line ten"), new Line(Kind.SAME, 11, 11, "line 11"),
				new Line(Kind.SAME, 12, 12, "line 12"), new Line(Kind.SAME, 13, 13, "line 13"));
	}

	@Test
	void distantChangesAreSeparateHunksAndLineNumbersFollowInsertions() {
		String after = numbered(30).replace("line 3\n", "line 3\nnew a\nnew b\n").replace("line 25\n", "");

		Hunk[] hunks = file(RuleSetDiff.between(files("a.drl", numbered(30)), files("a.drl", after)), "a.drl").hunks()
			.toArray(Hunk[]::new);

		assertThat(hunks).hasSize(2);
		assertThat(hunks[0].lines()).filteredOn(line -> line.kind() == Kind.ADDED)
			.extracting(Line::afterNumber)
			.containsExactly(4, 5);
		assertThat(hunks[1].beforeStart()).isEqualTo(22);
		assertThat(hunks[1].afterStart()).isEqualTo(24);
		assertThat(hunks[1].lines()).filteredOn(line -> line.kind() == Kind.REMOVED)
			.containsExactly(new Line(Kind.REMOVED, 25, 0, "line 25"));
	}

	@Test
	void addedRemovedAndUnchangedFilesAreTold() {
		List<FileDiff> diff = RuleSetDiff.between(files("kept.drl", "same\n", "gone.drl", "old rule\n"),
				files("kept.drl", "same\n", "new.drl", "first\nsecond\n"));

		assertThat(file(diff, "kept.drl").change()).isEqualTo(Change.UNCHANGED);
		assertThat(file(diff, "kept.drl").hunks()).isEmpty();
		assertThat(file(diff, "gone.drl").change()).isEqualTo(Change.REMOVED);
		assertThat(file(diff, "gone.drl").hunks().get(0).lines()).containsExactly(new Line(Kind.REMOVED, 1, 0, "old rule"));
		assertThat(file(diff, "new.drl").change()).isEqualTo(Change.ADDED);
		assertThat(file(diff, "new.drl").hunks().get(0).lines()).containsExactly(new Line(Kind.ADDED, 0, 1, "first"),
				new Line(Kind.ADDED, 0, 2, "second"));
		assertThat(Change.ADDED.key()).isEqualTo("added");
	}

	@Test
	void theFirstVersionHasNothingToCompareWith() {
		List<FileDiff> diff = RuleSetDiff.between(null, files("a.drl", "rule\n", "b.drl", "other\n"));

		assertThat(diff).extracting(FileDiff::change).containsExactly(Change.UNCHANGED, Change.UNCHANGED);
		assertThat(diff).allSatisfy(file -> assertThat(file.hunks()).isEmpty());
	}

}
