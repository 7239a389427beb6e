/**
 * The screens of the people a request waits for: the manager's inbox, IT staff's review queue, and the decision
 * form and API. Deciding itself belongs to the request module ({@code RequestDecisions}); this module only calls it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Escalations")
package com.leeway.escalation;
