package com.leeway.emergency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Ends every emergency whose date has come, one instance at a time (ShedLock), each in its own transaction, so one
 * failure keeps the others ending; the exceptions it suspended are granted again and their holders told.
 */
@Component
public class EmergencyJobs {

	private static final Logger log = LoggerFactory.getLogger(EmergencyJobs.class);

	private final EmergencyDesk desk;

	EmergencyJobs(EmergencyDesk desk) {
		this.desk = desk;
	}

	@Scheduled(fixedDelayString = "${leeway.emergency.interval:60s}", initialDelayString = "${leeway.emergency.interval:60s}")
	@SchedulerLock(name = "emergency-end", lockAtMostFor = "10m")
	public void scheduled() {
		runOnce();
	}

	/** Ends what is due now. */
	public void runOnce() {
		for (Long id : desk.dueToEnd()) {
			try {
				desk.endOnItsDate(id);
			}
			catch (RuntimeException ex) {
				log.error("Emergency {} could not be ended on its date; it is tried again on the next run.", id, ex);
			}
		}
	}

}
