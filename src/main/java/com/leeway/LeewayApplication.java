package com.leeway;

import org.springframework.boot.SpringApplication;

import com.leeway.ruleset.RulesCommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LeewayApplication {

	public static void main(String[] args) {
		if (RulesCommandLine.handles(args)) {
			System.exit(RulesCommandLine.run(args, System.out));
		}
		SpringApplication.run(LeewayApplication.class, args);
	}

}
