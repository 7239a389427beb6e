/**
 * The service review for management: figures on requests, outcomes, response times, satisfaction, renewals and
 * active exceptions (page, API, exports, the monthly e-mail); precedents for deciders; candidates for changing the
 * standards drafted from the decisions people keep making. Reads other modules' data through their API, and the
 * stored requests, findings, timeline and surveys through its own read-only queries (its read model).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service review")
package com.leeway.review;
