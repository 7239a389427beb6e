/**
 * Evaluating an exception request against the active rule set: the verdict, its reasons and conditions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "RuleEvaluator")
package com.leeway.ruling;
