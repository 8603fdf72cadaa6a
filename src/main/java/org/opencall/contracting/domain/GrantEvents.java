package org.opencall.contracting.domain;

import java.math.BigDecimal;
import java.util.List;

import org.opencall.platform.Audited;

/**
 * What happened to a grant, as its transitions answer it. Each names the grant, its call
 * and its proposal; the audit trail keeps it under all three, the grant first.
 */
public final class GrantEvents {

	private GrantEvents() {
	}

	/** An event of one grant, kept under the grant, its proposal and its call. */
	interface OfGrant extends Audited {

		String grantReference();

		String callReference();

		String submissionReference();

		@Override
		default List<String> auditSubjects() {
			return List.of(grantReference(), submissionReference(), callReference());
		}

	}

	/**
	 * The selected proposal's grant was opened with its default draft;
	 * {@code promotedFrom} names the grant it replaces when a reserve proposal was
	 * promoted.
	 */
	public record GrantOpened(String grantReference, String callReference, String submissionReference,
			BigDecimal amount, String currency, String promotedFrom) implements OfGrant {

		@Override
		public String auditActor() {
			return null;
		}

	}

	/** An officer saved the agreement's draft. */
	public record AgreementDrafted(String grantReference, String callReference, String submissionReference,
			String officer, BigDecimal amount) implements OfGrant {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record AgreementPrepared(String grantReference, String callReference, String submissionReference,
			String officer) implements OfGrant {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record AgreementApproved(String grantReference, String callReference, String submissionReference,
			String officer, String comment) implements OfGrant {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record AgreementSentBack(String grantReference, String callReference, String submissionReference,
			String officer, String comment) implements OfGrant {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	/** The company accepted: the grant is signed, version 1 in force. */
	public record AgreementAccepted(String grantReference, String callReference, String submissionReference,
			String by) implements OfGrant {

		@Override
		public String auditActor() {
			return this.by;
		}

	}

	public record AgreementDeclined(String grantReference, String callReference, String submissionReference, String by,
			String reason) implements OfGrant {

		@Override
		public String auditActor() {
			return this.by;
		}

	}

	public record AgreementLapsed(String grantReference, String callReference,
			String submissionReference) implements OfGrant {

		@Override
		public String auditActor() {
			return null;
		}

	}

	public record AmendmentRequested(String grantReference, String callReference, String submissionReference,
			int amendment, String by, String reason) implements OfGrant {

		@Override
		public String auditActor() {
			return this.by;
		}

	}

	/** An officer's approval of an amendment: the first waits for a second officer's. */
	public sealed interface AmendmentApproval extends OfGrant permits AmendmentFirstApproved, AmendmentApproved {

		int amendment();

	}

	/**
	 * The first officer approved an amendment; it waits for a second, distinct officer.
	 */
	public record AmendmentFirstApproved(String grantReference, String callReference, String submissionReference,
			int amendment, String officer) implements AmendmentApproval {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	/** The second officer approved an amendment: this version is in force. */
	public record AmendmentApproved(String grantReference, String callReference, String submissionReference,
			int amendment, int agreementVersion, String officer) implements AmendmentApproval {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record AmendmentRefused(String grantReference, String callReference, String submissionReference,
			int amendment, String officer, String reason) implements OfGrant {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

}
