package com.leeway.request;

/**
 * How sensitive the data is that the product would touch.
 */
public enum DataClassification {

	PUBLIC, INTERNAL, CONFIDENTIAL, REGULATED;

}
