/**
 * What is left of the former follow-through module: the browser and API handlers for renewal and revocation,
 * which belong with the request's own life and move there.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Renewal and revocation handlers")
package com.leeway.followup;
