/**
 * Service levels: the scheduled follow-through that keeps waiting requests moving and granted exceptions ending
 * on time (reminders, overdue pass-on, status updates, expiry warnings and expiry), one instance at a time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service levels")
package com.leeway.servicelevel;
