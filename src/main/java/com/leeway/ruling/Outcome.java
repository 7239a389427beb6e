package com.leeway.ruling;

/**
 * The rules' verdict on a request. {@link #REVIEW} means no rule decided and IT staff must look at it.
 */
public enum Outcome {

	APPROVE, DENY, ESCALATE, REVIEW;

}
