/**
 * The people who use Leeway: their role, department and e-mail address, and the demo accounts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package com.leeway.account;
