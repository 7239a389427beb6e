package com.leeway.ruleset;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.leeway.ruling.RuleSetCompiler;

@Configuration(proxyBeanMethods = false)
class RuleSetConfiguration {

	@Bean
	RuleSetCompiler ruleSetCompiler(RulesProperties properties, Clock clock) {
		return new RuleSetCompiler(properties.maxFirings(), properties.maxEvaluationTime(), clock);
	}

}
