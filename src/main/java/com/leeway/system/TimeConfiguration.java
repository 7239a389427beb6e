package com.leeway.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * All time in Leeway comes from this clock. It is adjustable so tests can move time; moving it over HTTP is a
 * separate switch ({@code leeway.clock.adjustable}), off by default.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	AdjustableClock clock() {
		return AdjustableClock.systemUtc();
	}

}
