/**
 * The append-only record of everything that happened to a request: the timeline people read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package com.leeway.audit;
