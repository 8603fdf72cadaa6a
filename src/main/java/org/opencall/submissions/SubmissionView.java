package org.opencall.submissions;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.opencall.submissions.domain.ProposalContent;

/**
 * A proposal as its applicant reads it (the working copy) and the call's officers and
 * auditors read it (its latest submitted version), with its receipts.
 */
public record SubmissionView(String reference, String callReference, String organisation, String country,
		String applicant, Content content, List<DocumentView> documents, SubmissionState status, int submittedVersion,
		List<ReceiptView> receipts, List<String> ineligibilityReasons, String decidedBy, String decisionComment) {

	public boolean isChangeable() {
		return this.status.isChangeable();
	}

	/**
	 * What a proposal says; {@code declarations} names the declarations of honour made.
	 */
	public record Content(String challenge, String title, String acronym, String summary, BigDecimal requestedAmount,
			Integer trl, String team, String partners, Set<String> declarations, List<String> keywords) {

		/** The keywords as one text, separated by commas; empty for none. */
		public String keywordList() {
			return String.join(", ", this.keywords);
		}

		static Content of(ProposalContent content) {
			Set<String> declarations = new TreeSet<>();
			content.declarations().forEach((d) -> declarations.add(d.name()));
			return new Content(content.challenge(), content.title(), content.acronym(), content.summary(),
					content.requestedAmount(), content.trl(), content.team(), content.partners(),
					Collections.unmodifiableSet(declarations), content.keywords());
		}

	}

}
