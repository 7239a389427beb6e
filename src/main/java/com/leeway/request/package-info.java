/**
 * Exception requests: submitting, ruling at once, withdrawing, deciding, and reading them back with the rights
 * of the person asking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests")
package com.leeway.request;
