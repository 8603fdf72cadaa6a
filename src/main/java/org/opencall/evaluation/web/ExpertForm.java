package org.opencall.evaluation.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opencall.evaluation.ExpertProfileInput;
import org.opencall.evaluation.ExpertRegistrationInput;
import org.opencall.evaluation.ExpertView;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

/**
 * The expert's form on the registration and profile pages: keywords and topics as text,
 * one term per line or separated by commas.
 */
public class ExpertForm {

	private static final Pattern TERM = Pattern.compile("(keywords|topics)\\[(\\d+)]");

	private String userId;

	private String firstName;

	private String lastName;

	private String email;

	private String password;

	private String invitation;

	private String organisation;

	private String country;

	private String keywords;

	private String topics;

	private Integer maxProposalsPerCall = 10;

	private boolean confidentiality;

	static ExpertForm of(ExpertView expert) {
		ExpertForm form = new ExpertForm();
		form.organisation = expert.organisation();
		form.country = expert.country();
		form.keywords = String.join("\n", expert.keywords());
		form.topics = String.join("\n", expert.topics());
		form.maxProposalsPerCall = expert.maxProposalsPerCall();
		return form;
	}

	ExpertProfileInput toProfile() {
		return new ExpertProfileInput(this.organisation, this.country, terms(this.keywords), terms(this.topics),
				this.maxProposalsPerCall);
	}

	ExpertRegistrationInput toRegistration() {
		return new ExpertRegistrationInput(this.userId, this.firstName, this.lastName, this.email, this.password,
				this.invitation, this.organisation, this.country, terms(this.keywords), terms(this.topics),
				this.maxProposalsPerCall, this.confidentiality);
	}

	/**
	 * The refusal with each term's field ({@code keywords[2]}) named as the text field
	 * holding the list, so that the reason shows beside it.
	 */
	static InvalidInputException onFields(InvalidInputException refusal) {
		List<FieldViolation> violations = new ArrayList<>();
		for (FieldViolation violation : refusal.violations()) {
			Matcher term = TERM.matcher(violation.field());
			violations
				.add(term.matches()
						? new FieldViolation(term.group(1),
								"term " + (Integer.parseInt(term.group(2)) + 1) + " " + violation.reason())
						: violation);
		}
		return new InvalidInputException(violations);
	}

	private static List<String> terms(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[,\\n]")).map(String::strip).filter((t) -> !t.isEmpty()).toList();
	}

	public String getUserId() {
		return this.userId;
	}

	public void setUserId(String userId) {
		this.userId = userId;
	}

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getInvitation() {
		return this.invitation;
	}

	public void setInvitation(String invitation) {
		this.invitation = invitation;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getKeywords() {
		return this.keywords;
	}

	public void setKeywords(String keywords) {
		this.keywords = keywords;
	}

	public String getTopics() {
		return this.topics;
	}

	public void setTopics(String topics) {
		this.topics = topics;
	}

	public Integer getMaxProposalsPerCall() {
		return this.maxProposalsPerCall;
	}

	public void setMaxProposalsPerCall(Integer maxProposalsPerCall) {
		this.maxProposalsPerCall = maxProposalsPerCall;
	}

	public boolean isConfidentiality() {
		return this.confidentiality;
	}

	public void setConfidentiality(boolean confidentiality) {
		this.confidentiality = confidentiality;
	}

}
