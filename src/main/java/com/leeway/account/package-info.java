/**
 * The people who use Leeway: their role, department and e-mail address, the demo accounts of the demo run, and
 * how the first administrator of a new installation is created.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package com.leeway.account;
