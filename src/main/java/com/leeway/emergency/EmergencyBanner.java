package com.leeway.emergency;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What the banner on every page shows: the emergencies lasting now. Pages call it as {@code @emergencyBanner}
 * from {@code templates/emergency/banner.html}, included once in the page layout.
 */
@Component("emergencyBanner")
public class EmergencyBanner {

	private final EmergencyDesk desk;

	EmergencyBanner(EmergencyDesk desk) {
		this.desk = desk;
	}

	public List<EmergencyView> current() {
		return desk.current();
	}

}
