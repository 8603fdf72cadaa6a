package org.opencall.needs.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.opencall.needs.NeedInput;
import org.opencall.needs.NeedView;
import org.opencall.platform.InvalidInputException;

import org.springframework.web.multipart.MultipartFile;

/**
 * The need form as typed; the count is text until {@link #toInput()} reads it.
 */
public class NeedForm {

	private String title;

	private String description;

	private String careSetting;

	private String affectedPopulation;

	private String affectedCount;

	private String currentPractice;

	private String currentBurden;

	private String expectedBenefit;

	private String urgency;

	private Set<String> confidentialFields = new LinkedHashSet<>();

	private List<MultipartFile> attachments = new ArrayList<>();

	static NeedForm of(NeedView need) {
		NeedForm form = new NeedForm();
		form.title = need.title();
		form.description = need.description();
		form.careSetting = need.careSetting();
		form.affectedPopulation = need.affectedPopulation();
		form.affectedCount = String.valueOf(need.affectedCount());
		form.currentPractice = need.currentPractice();
		form.currentBurden = need.currentBurden();
		form.expectedBenefit = need.expectedBenefit();
		form.urgency = need.urgency();
		form.confidentialFields.addAll(need.confidentialFields());
		return form;
	}

	NeedInput toInput() {
		Integer count = null;
		if (this.affectedCount != null && !this.affectedCount.isBlank()) {
			try {
				count = Integer.valueOf(this.affectedCount.strip().replace(",", ""));
			}
			catch (NumberFormatException ex) {
				throw InvalidInputException.of("affectedCount", "must be a whole number");
			}
		}
		return new NeedInput(this.title, this.description, this.careSetting, this.affectedPopulation, count,
				this.currentPractice, this.currentBurden, this.expectedBenefit, this.urgency, this.confidentialFields);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getCareSetting() {
		return this.careSetting;
	}

	public void setCareSetting(String careSetting) {
		this.careSetting = careSetting;
	}

	public String getAffectedPopulation() {
		return this.affectedPopulation;
	}

	public void setAffectedPopulation(String affectedPopulation) {
		this.affectedPopulation = affectedPopulation;
	}

	public String getAffectedCount() {
		return this.affectedCount;
	}

	public void setAffectedCount(String affectedCount) {
		this.affectedCount = affectedCount;
	}

	public String getCurrentPractice() {
		return this.currentPractice;
	}

	public void setCurrentPractice(String currentPractice) {
		this.currentPractice = currentPractice;
	}

	public String getCurrentBurden() {
		return this.currentBurden;
	}

	public void setCurrentBurden(String currentBurden) {
		this.currentBurden = currentBurden;
	}

	public String getExpectedBenefit() {
		return this.expectedBenefit;
	}

	public void setExpectedBenefit(String expectedBenefit) {
		this.expectedBenefit = expectedBenefit;
	}

	public String getUrgency() {
		return this.urgency;
	}

	public void setUrgency(String urgency) {
		this.urgency = urgency;
	}

	public Set<String> getConfidentialFields() {
		return this.confidentialFields;
	}

	public void setConfidentialFields(Set<String> confidentialFields) {
		this.confidentialFields = confidentialFields;
	}

	public List<MultipartFile> getAttachments() {
		return this.attachments;
	}

	public void setAttachments(List<MultipartFile> attachments) {
		this.attachments = attachments;
	}

}
