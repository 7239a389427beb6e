/**
 * Decisions people make on requests that wait for them: managers on escalations from their department, IT
 * staff on requests no rule decided.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Escalations")
package com.leeway.escalation;
