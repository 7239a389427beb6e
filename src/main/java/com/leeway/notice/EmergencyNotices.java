package com.leeway.notice;

import java.util.HashMap;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.leeway.emergency.EmergencyDeclared;
import com.leeway.emergency.EmergencyEnded;
import com.leeway.request.RequestQueries;

/**
 * Tells everyone an emergency concerns (a waiting request, a granted or suspended exception in its scope) why and
 * for how long, once per request and declaration or change; and, when it ends, that their exception is granted
 * again.
 */
@Component
class EmergencyNotices {

	private final Notices notices;

	private final RequestQueries queries;

	EmergencyNotices(Notices notices, RequestQueries queries) {
		this.notices = notices;
		this.queries = queries;
	}

	@ApplicationModuleListener
	void on(EmergencyDeclared event) {
		for (EmergencyDeclared.Affected request : event.affected()) {
			Map<String, Object> model = new HashMap<>();
			model.put("request", queries.viewAsSystem(request.requestId()));
			model.put("reason", event.reason());
			model.put("lastDay", event.endsAt().minusSeconds(1));
			model.put("suspended", request.suspended());
			model.put("changed", event.changed());
			String key = "EMERGENCY:" + event.emergencyId() + ":" + request.requestId() + ":"
					+ event.endsAt().getEpochSecond() + ":" + request.suspended() + ":" + event.reason().hashCode();
			notices.send(request.requester(), request.requestId(), key,
					new Notices.Message("EMERGENCY", "emergency", true, model));
		}
	}

	@ApplicationModuleListener
	void on(EmergencyEnded event) {
		for (EmergencyEnded.Restored request : event.restored()) {
			Map<String, Object> model = new HashMap<>();
			model.put("request", queries.viewAsSystem(request.requestId()));
			model.put("reason", event.reason());
			model.put("expiresAt", request.expiresAt());
			notices.send(request.requester(), request.requestId(),
					"EMERGENCY_ENDED:" + event.emergencyId() + ":" + request.requestId(),
					new Notices.Message("EMERGENCY_ENDED", "emergency-ended", true, model));
		}
	}

}
