package com.leeway.emergency;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.leeway.request.Emergencies;

/** Answers the request module's question: does a lasting emergency cover a new request, and what does it do? */
@Component
class EmergencyCoverage implements Emergencies {

	private final EmergencyDesk desk;

	EmergencyCoverage(EmergencyDesk desk) {
		this.desk = desk;
	}

	@Override
	public Optional<Covering> covering(String standardKey, String product) {
		return desk.covering(standardKey, product)
			.map(emergency -> new Covering(emergency.id(), emergency.reason(), emergency.endsAt(),
					emergency.effect() == Effect.DENY));
	}

}
