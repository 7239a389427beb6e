package com.leeway.rules.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line difference between two versions of a rule file (longest common subsequence), enough for the
 * few hundred lines a rule file has.
 */
final class LineDiff {

	private LineDiff() {
	}

	/** {@code kind} is "same", "added" or "removed". */
	record Change(String kind, String text) {
	}

	static List<Change> between(String before, String after) {
		String[] a = before == null || before.isEmpty() ? new String[0] : before.split("\\R", -1);
		String[] b = after == null || after.isEmpty() ? new String[0] : after.split("\\R", -1);
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Change> changes = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i].equals(b[j])) {
				changes.add(new Change("same", a[i++]));
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				changes.add(new Change("removed", a[i++]));
			}
			else {
				changes.add(new Change("added", b[j++]));
			}
		}
		while (i < a.length) {
			changes.add(new Change("removed", a[i++]));
		}
		while (j < b.length) {
			changes.add(new Change("added", b[j++]));
		}
		return changes;
	}

}
