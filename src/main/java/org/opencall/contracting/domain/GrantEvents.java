package org.opencall.contracting.domain;

/** What happened to a grant, as its transitions answer it. */
public final class GrantEvents {

	private GrantEvents() {
	}

	public record AgreementPrepared(String grantReference, String officer) {
	}

	public record AgreementApproved(String grantReference, String officer) {
	}

	public record AgreementSentBack(String grantReference, String officer, String comment) {
	}

	/** The company accepted: the grant is signed, version 1 in force. */
	public record AgreementAccepted(String grantReference, String callReference, String submissionReference,
			String by) {
	}

	/** The second officer approved an amendment: this version is in force. */
	public record AmendmentApproved(String grantReference, int amendment, int agreementVersion) {
	}

	public record AgreementDeclined(String grantReference, String by, String reason) {
	}

	public record AgreementLapsed(String grantReference) {
	}

	public record AmendmentRequested(String grantReference, int amendment, String by) {
	}

	public record AmendmentRefused(String grantReference, int amendment, String officer) {
	}

}
