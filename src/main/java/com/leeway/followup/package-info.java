/**
 * Follow-through: notices in the app and by e-mail, service-level deadlines and reminders, expiry, and asking
 * requesters how it went.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-through")
package com.leeway.followup;
