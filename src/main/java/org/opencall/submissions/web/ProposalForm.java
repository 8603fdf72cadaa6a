package org.opencall.submissions.web;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

import org.opencall.platform.InvalidInputException;
import org.opencall.submissions.ProposalInput;
import org.opencall.submissions.SubmissionView;

/**
 * The proposal form as typed; amount and TRL are text until {@link #toInput()} reads
 * them.
 */
public class ProposalForm {

	private String challenge;

	private String title;

	private String acronym;

	private String summary;

	private String requestedAmount;

	private String trl;

	private String team;

	private String partners;

	private Set<String> declarations = new LinkedHashSet<>();

	static ProposalForm of(SubmissionView submission) {
		ProposalForm form = new ProposalForm();
		form.challenge = submission.content().challenge();
		form.title = submission.content().title();
		form.acronym = submission.content().acronym();
		form.summary = submission.content().summary();
		form.requestedAmount = (submission.content().requestedAmount() != null)
				? submission.content().requestedAmount().toPlainString() : null;
		form.trl = (submission.content().trl() != null) ? submission.content().trl().toString() : null;
		form.team = submission.content().team();
		form.partners = submission.content().partners();
		form.declarations.addAll(submission.content().declarations());
		return form;
	}

	ProposalInput toInput() {
		BigDecimal amount = null;
		if (this.requestedAmount != null && !this.requestedAmount.isBlank()) {
			try {
				amount = new BigDecimal(this.requestedAmount.strip().replace(",", ""));
			}
			catch (NumberFormatException ex) {
				throw InvalidInputException.of("requestedAmount", "must be a number");
			}
		}
		Integer level = null;
		if (this.trl != null && !this.trl.isBlank()) {
			try {
				level = Integer.valueOf(this.trl.strip());
			}
			catch (NumberFormatException ex) {
				throw InvalidInputException.of("trl", "must be a whole number from 1 to 9");
			}
		}
		return new ProposalInput(this.challenge, this.title, this.acronym, this.summary, amount, level, this.team,
				this.partners, this.declarations);
	}

	public String getChallenge() {
		return this.challenge;
	}

	public void setChallenge(String challenge) {
		this.challenge = challenge;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getAcronym() {
		return this.acronym;
	}

	public void setAcronym(String acronym) {
		this.acronym = acronym;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getRequestedAmount() {
		return this.requestedAmount;
	}

	public void setRequestedAmount(String requestedAmount) {
		this.requestedAmount = requestedAmount;
	}

	public String getTrl() {
		return this.trl;
	}

	public void setTrl(String trl) {
		this.trl = trl;
	}

	public String getTeam() {
		return this.team;
	}

	public void setTeam(String team) {
		this.team = team;
	}

	public String getPartners() {
		return this.partners;
	}

	public void setPartners(String partners) {
		this.partners = partners;
	}

	public Set<String> getDeclarations() {
		return this.declarations;
	}

	public void setDeclarations(Set<String> declarations) {
		this.declarations = declarations;
	}

}
