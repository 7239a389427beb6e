package com.leeway.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.leeway.ruling.RequestFacts;
import com.leeway.ruling.RuleSetFiles;

/**
 * A large rule set for benchmarks: the shipped rules plus one product standard per rule, as a company with
 * thousands of catalogued products would have.
 */
final class GeneratedRuleSet {

	private GeneratedRuleSet() {
	}

	static String key(int index) {
		return "PRODUCT_%05d".formatted(index);
	}

	static RuleSetFiles withProductStandards(int count) {
		Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readFolder(Path.of("rules")).files());
		StringBuilder standards = new StringBuilder(new String(files.get("standards.yaml"), StandardCharsets.UTF_8));
		StringBuilder drl = new StringBuilder("""
				// Generated: one rule per product standard, for benchmarks.
				package leeway.rules

				import com.leeway.ruling.facts.Request
				global com.leeway.ruling.facts.RulingSheet ruling

				""");
		for (int i = 0; i < count; i++) {
			String key = key(i);
			standards.append("""
					  - key: %s
					    name: Product line %d
					    category: Generated
					    status: approved
					    approved: [Approved product %d]
					    reason: Generated for a benchmark.
					""".formatted(key, i, i));
			drl.append("""
					// Large deployments of unlisted products in line %2$d need a manager.
					rule "Escalate large use of unlisted products in line %2$d"
					when
					    Request( standard == "%1$s", productStatus == "NOT_LISTED", usersAffected > 50 )
					then
					    ruling.escalate("Line %2$d: {users} people is a lot for {product}.");
					end

					""".formatted(key, i));
		}
		files.put("standards.yaml", standards.toString().getBytes(StandardCharsets.UTF_8));
		files.put("generated.drl", drl.toString().getBytes(StandardCharsets.UTF_8));
		return new RuleSetFiles(files);
	}

	/** A request against one of the generated standards; every fourth one is large enough to escalate. */
	static RequestFacts request(int index, int standards) {
		return RequestFacts.of(key(index % standards), "Tool " + (index % 17), "1." + (index % 5),
				"Needed for a project.", 30 + index % 60, index % 4 == 0 ? 80 : 3, "INTERNAL");
	}

}
