/**
 * The standards catalogue as the active rule set defines it, for everyone to read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Standards")
package com.leeway.standard;
