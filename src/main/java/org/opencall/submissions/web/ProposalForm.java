package org.opencall.submissions.web;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

import org.opencall.platform.Amount;
import org.opencall.submissions.ProposalInput;
import org.opencall.submissions.SubmissionView;

import org.springframework.web.multipart.MultipartFile;

/**
 * The proposal form: its fields, and the document chosen to upload with them (every
 * button of the form saves both before it acts, so that nothing typed or chosen is lost).
 */
public class ProposalForm {

	private String challenge;

	private String title;

	private String acronym;

	private String summary;

	@Amount
	private BigDecimal requestedAmount;

	private Integer trl;

	private String team;

	private String partners;

	private String keywords;

	private Set<String> declarations = new LinkedHashSet<>();

	private String documentType;

	private MultipartFile documentFile;

	static ProposalForm of(SubmissionView submission) {
		ProposalForm form = new ProposalForm();
		SubmissionView.Content content = submission.content();
		form.challenge = content.challenge();
		form.title = content.title();
		form.acronym = content.acronym();
		form.summary = content.summary();
		form.requestedAmount = content.requestedAmount();
		form.trl = content.trl();
		form.team = content.team();
		form.partners = content.partners();
		form.keywords = content.keywordList();
		form.declarations.addAll(content.declarations());
		return form;
	}

	ProposalInput toInput() {
		return new ProposalInput(this.challenge, this.title, this.acronym, this.summary, this.requestedAmount, this.trl,
				this.team, this.partners, this.declarations, ProposalInput.keywords(this.keywords));
	}

	/** Whether a file was chosen to upload with the form. */
	boolean hasDocument() {
		return this.documentFile != null
				&& !(this.documentFile.isEmpty() && (this.documentFile.getOriginalFilename() == null
						|| this.documentFile.getOriginalFilename().isBlank()));
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

	public BigDecimal getRequestedAmount() {
		return this.requestedAmount;
	}

	public void setRequestedAmount(BigDecimal requestedAmount) {
		this.requestedAmount = requestedAmount;
	}

	public Integer getTrl() {
		return this.trl;
	}

	public void setTrl(Integer trl) {
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

	public String getKeywords() {
		return this.keywords;
	}

	public void setKeywords(String keywords) {
		this.keywords = keywords;
	}

	public Set<String> getDeclarations() {
		return this.declarations;
	}

	public void setDeclarations(Set<String> declarations) {
		this.declarations = declarations;
	}

	public String getDocumentType() {
		return this.documentType;
	}

	public void setDocumentType(String documentType) {
		this.documentType = documentType;
	}

	public MultipartFile getDocumentFile() {
		return this.documentFile;
	}

	public void setDocumentFile(MultipartFile documentFile) {
		this.documentFile = documentFile;
	}

}
