package com.leeway.request.web;

import java.math.BigDecimal;

import com.leeway.request.SubmitRequest;

/**
 * The request form as the browser sends it; validated as the {@link SubmitRequest} it becomes.
 */
public class RequestForm {

	private String standardKey;

	private String product;

	private String productVersion;

	private String justification;

	private Integer durationDays = 90;

	private Integer usersAffected = 1;

	private String dataClassification = "INTERNAL";

	private String compensatingControls;

	private BigDecimal estimatedCost;

	SubmitRequest toCommand() {
		return new SubmitRequest(standardKey, product, productVersion, justification, durationDays, usersAffected,
				dataClassification, compensatingControls, estimatedCost);
	}

	public String getStandardKey() {
		return standardKey;
	}

	public void setStandardKey(String standardKey) {
		this.standardKey = standardKey;
	}

	public String getProduct() {
		return product;
	}

	public void setProduct(String product) {
		this.product = product;
	}

	public String getProductVersion() {
		return productVersion;
	}

	public void setProductVersion(String productVersion) {
		this.productVersion = productVersion;
	}

	public String getJustification() {
		return justification;
	}

	public void setJustification(String justification) {
		this.justification = justification;
	}

	public Integer getDurationDays() {
		return durationDays;
	}

	public void setDurationDays(Integer durationDays) {
		this.durationDays = durationDays;
	}

	public Integer getUsersAffected() {
		return usersAffected;
	}

	public void setUsersAffected(Integer usersAffected) {
		this.usersAffected = usersAffected;
	}

	public String getDataClassification() {
		return dataClassification;
	}

	public void setDataClassification(String dataClassification) {
		this.dataClassification = dataClassification;
	}

	public String getCompensatingControls() {
		return compensatingControls;
	}

	public void setCompensatingControls(String compensatingControls) {
		this.compensatingControls = compensatingControls;
	}

	public BigDecimal getEstimatedCost() {
		return estimatedCost;
	}

	public void setEstimatedCost(BigDecimal estimatedCost) {
		this.estimatedCost = estimatedCost;
	}

}
