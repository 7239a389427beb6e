package com.leeway.request;

import java.util.List;

/**
 * One page of a request list as pages show it: its rows, whether there are more, and how many the list holds,
 * counted no further than {@link #COUNT_CAP}: a list over years of history is not counted to its last row on every page, "more than 1,000" says enough.
 */
public record RequestListPage(List<RequestView> content, int number, int size, long count, boolean hasNext) {

	public static final long COUNT_CAP = 1_000;

	public boolean hasPrevious() {
		return number > 0;
	}

	/** Whether the count stopped at the cap: "more than 1,000". */
	public boolean countCapped() {
		return count > COUNT_CAP;
	}

	public long shownCount() {
		return Math.min(count, COUNT_CAP);
	}

}
