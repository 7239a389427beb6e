/**
 * Emergencies: a manager or an administrator declares one (why, which standards or products, what happens to new
 * requests, whether granted exceptions are suspended, until when); Leeway applies it at submit, shows it on every
 * page, tells the people it concerns, and ends it on its date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Emergencies")
package com.leeway.emergency;
