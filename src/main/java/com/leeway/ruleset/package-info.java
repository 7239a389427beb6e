/**
 * Loading, validating, testing, versioning and publishing the rule files IT staff own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rule sets")
package com.leeway.ruleset;
