package com.leeway.ruling;

/**
 * What one rule said about a request: its verdict (or {@code null} for a note without a verdict) and the
 * plain-language reason for it.
 */
public record Finding(String rule, Outcome verdict, String reason) {
}
