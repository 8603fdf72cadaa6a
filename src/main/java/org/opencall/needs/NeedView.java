package org.opencall.needs;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.opencall.needs.domain.CareSetting;
import org.opencall.needs.domain.Clarification;
import org.opencall.needs.domain.ConfidentialField;
import org.opencall.needs.domain.Need;
import org.opencall.needs.domain.NeedDetails;
import org.opencall.needs.domain.NeedRepository.AttachmentInfo;
import org.opencall.needs.domain.NeedStatus;
import org.opencall.needs.domain.Urgency;

/**
 * A need as its owner's organisation, programme officers and auditors read it, with the
 * trace to the challenges and calls it went into.
 */
public record NeedView(String reference, String title, String description, CareSetting careSetting,
		String affectedPopulation, int affectedCount, String currentPractice, String currentBurden,
		String expectedBenefit, Urgency urgency, Set<ConfidentialField> confidentialFields, String organisation,
		String submittedBy, Instant submittedAt, NeedStatus status, String decidedBy, String rejectionReason,
		String mergedInto, List<Clarification> clarifications, List<AttachmentInfo> attachments, List<Trace> trace) {

	static NeedView of(Need need, String organisation, List<AttachmentInfo> attachments, List<Trace> trace) {
		NeedDetails d = need.details();
		return new NeedView(need.reference(), d.title(), d.description(), d.careSetting(), d.affectedPopulation(),
				d.affectedCount(), d.currentPractice(), d.currentBurden(), d.expectedBenefit(), d.urgency(),
				d.confidentialFields(), organisation, need.submittedBy(), need.submittedAt(), need.status(),
				need.decidedBy(), need.rejectionReason(), need.mergedInto(), need.clarifications(), attachments, trace);
	}

	public Clarification openQuestion() {
		return (this.status == NeedStatus.IN_CLARIFICATION && !this.clarifications.isEmpty())
				? this.clarifications.get(this.clarifications.size() - 1) : null;
	}

	/** One link of need → challenge → call. */
	public record Trace(String challengeId, String challenge, String programme, String callReference) {
	}

}
