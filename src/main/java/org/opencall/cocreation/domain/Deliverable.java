package org.opencall.cocreation.domain;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A deliverable as the company submitted it for a milestone, and the co-review of it: the
 * project officer's and the host's verdicts, each with its comment. Accepted only when
 * both accept; either asking for a revision sends it back to the company.
 */
@Table("pilot_deliverables")
public record Deliverable(int milestone, String report, DeliverableDocuments documents, Readings readings,
		String submittedBy, Instant submittedAt, Verdict officerVerdict, String officerComment, String officer,
		Instant officerAt, Verdict hostVerdict, String hostComment, String hostReviewer, Instant hostAt) {

	Deliverable reviewedByOfficer(Verdict verdict, String comment, String by, Instant at) {
		return new Deliverable(this.milestone, this.report, this.documents, this.readings, this.submittedBy,
				this.submittedAt, verdict, comment, by, at, this.hostVerdict, this.hostComment, this.hostReviewer,
				this.hostAt);
	}

	Deliverable reviewedByHost(Verdict verdict, String comment, String by, Instant at) {
		return new Deliverable(this.milestone, this.report, this.documents, this.readings, this.submittedBy,
				this.submittedAt, this.officerVerdict, this.officerComment, this.officer, this.officerAt, verdict,
				comment, by, at);
	}

	public boolean isReviewed() {
		return this.officerVerdict != null && this.hostVerdict != null;
	}

	public boolean isAccepted() {
		return this.officerVerdict == Verdict.ACCEPT && this.hostVerdict == Verdict.ACCEPT;
	}

}
