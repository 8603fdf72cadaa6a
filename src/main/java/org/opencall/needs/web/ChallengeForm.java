package org.opencall.needs.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The form that groups validated needs into a challenge, as typed.
 */
public class ChallengeForm {

	private String programme;

	private String title;

	private String description;

	private List<String> needs = new ArrayList<>();

	public String getProgramme() {
		return this.programme;
	}

	public void setProgramme(String programme) {
		this.programme = programme;
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

	public List<String> getNeeds() {
		return this.needs;
	}

	public void setNeeds(List<String> needs) {
		this.needs = needs;
	}

}
