/**
 * The facts and the verdict sheet that rule files see. Kept small, flat and named in business words, because
 * IT staff who are not Java programmers write rules against them (see docs/rules.md).
 */
package com.leeway.ruling.facts;
