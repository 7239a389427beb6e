package com.leeway.benchmark;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.leeway.ruling.CompiledRuleSet;
import com.leeway.ruling.RequestFacts;
import com.leeway.ruling.RuleSetCompiler;
import com.leeway.ruling.RuleSetFiles;
import com.leeway.ruling.Ruling;

/**
 * Evaluation on one thread with the shipped rule set and with 5,000 generated rules: throughput and latency
 * percentiles. Run through {@link Benchmarks}.
 */
@State(Scope.Thread)
@BenchmarkMode({ Mode.Throughput, Mode.SampleTime })
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluationBenchmark {

	@Param({ "shipped", "5000" })
	public String ruleSet;

	CompiledRuleSet rules;

	RequestFacts[] requests;

	int next;

	@Setup(Level.Trial)
	public void compile() {
		RuleSetFiles files = ruleSet.equals("shipped") ? RuleSetFiles.readFolder(Path.of("rules"))
				: GeneratedRuleSet.withProductStandards(Integer.parseInt(ruleSet));
		rules = RuleSetCompiler.withDefaults().compile(files).ruleSet().orElseThrow();
		requests = new RequestFacts[1024];
		for (int i = 0; i < requests.length; i++) {
			requests[i] = ruleSet.equals("shipped")
					? RequestFacts.of(i % 3 == 0 ? "COLLABORATION_SAAS" : "WORD_PROCESSING", i % 2 == 0 ? "Notion" : "WordPerfect",
							"1", "Needed.", 30 + i % 200, 1 + i % 40, i % 5 == 0 ? "CONFIDENTIAL" : "INTERNAL")
					: GeneratedRuleSet.request(i * 7919, Integer.parseInt(ruleSet));
		}
	}

	@Benchmark
	public Ruling evaluate() {
		return rules.evaluate(requests[next++ & 1023]);
	}

}
