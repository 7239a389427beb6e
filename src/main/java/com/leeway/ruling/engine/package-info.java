/**
 * The only place that talks to Drools: compiling rule files into a rule base and running one session per
 * evaluation.
 */
package com.leeway.ruling.engine;
