package com.leeway.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.leeway.ruling.RuleSetFiles;

/**
 * What changed between two versions of a rule set, file by file: whether each file was added, removed, changed
 * or left alone, and for a changed file the hunks of changed lines with their line numbers and a few lines of
 * context around them.
 */
public final class RuleSetDiff {

	/** Unchanged lines shown before and after each change. */
	public static final int CONTEXT_LINES = 3;

	private RuleSetDiff() {
	}

	public enum Change {

		ADDED, REMOVED, CHANGED, UNCHANGED;

		/** The lower-case name, as message keys and style classes use it. */
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	public enum Kind {

		SAME, ADDED, REMOVED;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** One file of the later version (or a file it removed), with the hunks that changed. */
	public record FileDiff(String path, Change change, List<Hunk> hunks) {
	}

	/** Adjacent changed lines with their context; line numbers count from 1. */
	public record Hunk(int beforeStart, int afterStart, List<Line> lines) {
	}

	/** A line and its number before and after the change; 0 where the line does not exist on that side. */
	public record Line(Kind kind, int beforeNumber, int afterNumber, String text) {
	}

	/**
	 * Compares two versions file by file. Without an earlier version ({@code before} is null) every file is shown
	 * as it is, without hunks.
	 */
	public static List<FileDiff> between(RuleSetFiles before, RuleSetFiles after) {
		Set<String> paths = new TreeSet<>(after.paths());
		if (before != null) {
			paths.addAll(before.paths());
		}
		List<FileDiff> files = new ArrayList<>();
		for (String path : paths) {
			byte[] now = after.content(path);
			byte[] earlier = before == null ? null : before.content(path);
			if (before == null || Arrays.equals(now, earlier)) {
				files.add(new FileDiff(path, Change.UNCHANGED, List.of()));
			}
			else {
				Change change = earlier == null ? Change.ADDED : now == null ? Change.REMOVED : Change.CHANGED;
				files.add(new FileDiff(path, change, hunks(lines(path, earlier), lines(path, now))));
			}
		}
		return files;
	}

	/** The hunks that turn one text into another, each change with up to {@link #CONTEXT_LINES} lines around it. */
	public static List<Hunk> hunks(List<String> before, List<String> after) {
		List<Line> all = new ArrayList<>();
		int beforeIndex = 0;
		int afterIndex = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
			while (beforeIndex < delta.getSource().getPosition()) {
				all.add(new Line(Kind.SAME, ++beforeIndex, ++afterIndex, before.get(beforeIndex - 1)));
			}
			for (String text : delta.getSource().getLines()) {
				all.add(new Line(Kind.REMOVED, ++beforeIndex, 0, text));
			}
			for (String text : delta.getTarget().getLines()) {
				all.add(new Line(Kind.ADDED, 0, ++afterIndex, text));
			}
		}
		while (beforeIndex < before.size()) {
			all.add(new Line(Kind.SAME, ++beforeIndex, ++afterIndex, before.get(beforeIndex - 1)));
		}
		boolean[] shown = new boolean[all.size()];
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).kind() != Kind.SAME) {
				for (int j = Math.max(0, i - CONTEXT_LINES); j <= Math.min(all.size() - 1, i + CONTEXT_LINES); j++) {
					shown[j] = true;
				}
			}
		}
		List<Hunk> hunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			if (!shown[i]) {
				continue;
			}
			int start = i;
			while (i < all.size() && shown[i]) {
				i++;
			}
			List<Line> lines = all.subList(start, i);
			hunks.add(new Hunk(firstNumber(lines, true), firstNumber(lines, false), List.copyOf(lines)));
		}
		return hunks;
	}

	private static int firstNumber(List<Line> lines, boolean before) {
		return lines.stream()
			.mapToInt(line -> before ? line.beforeNumber() : line.afterNumber())
			.filter(number -> number > 0)
			.findFirst()
			.orElse(0);
	}

	/** The lines of a file; a spreadsheet is one line giving its size, since its bytes are not lines. */
	private static List<String> lines(String path, byte[] content) {
		if (content == null) {
			return List.of();
		}
		return path.endsWith(".xlsx") ? List.of("(spreadsheet: " + content.length + " bytes)")
				: new String(content, StandardCharsets.UTF_8).lines().toList();
	}

}
