package com.leeway.ruleset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import com.leeway.request.PastRequests;
import com.leeway.ruling.CompiledRuleSet;
import com.leeway.ruling.Ruling;

/**
 * Replays stored requests against a candidate rule set, streaming them so 100,000 requests take seconds and
 * little memory.
 */
@Service
public class ImpactReplayer {

	private final PastRequests pastRequests;

	ImpactReplayer(PastRequests pastRequests) {
		this.pastRequests = pastRequests;
	}

	public ImpactPreview preview(CompiledRuleSet candidate, Instant from, Instant to) {
		long started = System.nanoTime();
		Map<String, Long> changes = new TreeMap<>();
		List<ImpactPreview.Change> affected = new ArrayList<>();
		long[] counts = new long[2];
		pastRequests.forEach(from, to, past -> {
			counts[0]++;
			CompiledRuleSet.Trace trace = candidate.trace(past.facts());
			Ruling now = trace.ruling();
			if (now.outcome() != past.outcome()) {
				counts[1]++;
				changes.merge(past.outcome() + " → " + now.outcome(), 1L, Long::sum);
				if (affected.size() < ImpactPreview.MAX_LISTED) {
					affected.add(new ImpactPreview.Change(past.id(), past.reference(), past.facts().product(),
							past.outcome().name(), now.outcome().name(), past.rules().replace('\n', ','),
							String.join(", ", now.rules()),
							trace.finished() ? now.justification() : now.justification() + " " + trace.problem()));
				}
			}
		});
		return new ImpactPreview(from, to, counts[0], counts[1], changes, affected,
				(System.nanoTime() - started) / 1_000_000);
	}

}
