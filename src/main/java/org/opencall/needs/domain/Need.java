package org.opencall.needs.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.opencall.needs.domain.NeedEvents.NeedClarificationRequested;
import org.opencall.needs.domain.NeedEvents.NeedClarified;
import org.opencall.needs.domain.NeedEvents.NeedMerged;
import org.opencall.needs.domain.NeedEvents.NeedRejected;
import org.opencall.needs.domain.NeedEvents.NeedValidated;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;
import org.opencall.platform.TextRules;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An unmet need of a care organisation, from its statement to its triage. Its owner may
 * edit it until an officer validates, rejects or merges it. Stored with its questions and
 * answers as one aggregate; a concurrent change is refused by its version. Its
 * attachments are kept beside it, never loaded with it.
 */
@Table("needs")
public class Need {

	@Id
	private final UUID id;

	private final String reference;

	private final UUID organisationId;

	private final String submittedBy;

	private final Instant submittedAt;

	@MappedCollection(idColumn = "need_id", keyColumn = "position")
	private final List<Clarification> clarifications;

	@Embedded.Empty
	private NeedDetails details;

	private NeedStatus status;

	private String decidedBy;

	private String rejectionReason;

	private String mergedInto;

	@Version
	private Integer version;

	public Need(UUID id, String reference, UUID organisationId, String submittedBy, Instant submittedAt,
			NeedDetails details, NeedStatus status, List<Clarification> clarifications, String decidedBy,
			String rejectionReason, String mergedInto, Integer version) {
		this.id = id;
		this.reference = reference;
		this.organisationId = organisationId;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
		this.details = details;
		this.status = status;
		this.clarifications = new ArrayList<>(clarifications);
		this.decidedBy = decidedBy;
		this.rejectionReason = rejectionReason;
		this.mergedInto = mergedInto;
		this.version = version;
	}

	public static Need submit(String reference, UUID organisationId, String owner, NeedDetails details, Instant now) {
		return new Need(UUID.randomUUID(), reference, organisationId, owner, now, details, NeedStatus.SUBMITTED,
				List.of(), null, null, null, null);
	}

	public void edit(NeedDetails revised) {
		if (!this.status.isEditable()) {
			throw new StateConflictException("Need " + this.reference + " can no longer be edited: it is "
					+ this.status.name().toLowerCase().replace('_', ' '));
		}
		this.details = revised;
	}

	public NeedValidated validate(String officer) {
		requireTriage(officer);
		this.status = NeedStatus.VALIDATED;
		this.decidedBy = officer;
		return new NeedValidated(this.reference, officer);
	}

	public NeedRejected reject(String officer, String reason) {
		requireTriage(officer);
		this.rejectionReason = required("reason", reason, "is required when rejecting a need");
		this.status = NeedStatus.REJECTED;
		this.decidedBy = officer;
		return new NeedRejected(this.reference, officer, this.rejectionReason);
	}

	public NeedClarificationRequested askForClarification(String officer, String question, Instant now) {
		requireTriage(officer);
		String text = required("question", question, "is required when asking for clarification");
		int round = this.clarifications.size() + 1;
		this.clarifications.add(new Clarification(round, text, officer, now, null, null, null));
		this.status = NeedStatus.IN_CLARIFICATION;
		return new NeedClarificationRequested(this.reference, round, officer, text);
	}

	public NeedClarified answerClarification(String answeredBy, String answer, Instant now) {
		if (this.status != NeedStatus.IN_CLARIFICATION) {
			throw new StateConflictException("Need " + this.reference + " has no open question");
		}
		String text = required("answer", answer, "is required");
		int last = this.clarifications.size() - 1;
		this.clarifications.set(last, this.clarifications.get(last).answered(text, answeredBy, now));
		this.status = NeedStatus.SUBMITTED;
		return new NeedClarified(this.reference, last + 1, answeredBy);
	}

	public NeedMerged mergeInto(String officer, Need original) {
		requireTriage(officer);
		if (original == null) {
			throw InvalidInputException.of("duplicateOf", "is not a known need");
		}
		if (original.id.equals(this.id)) {
			throw InvalidInputException.of("duplicateOf", "a need cannot be merged into itself");
		}
		if (original.status == NeedStatus.REJECTED || original.status == NeedStatus.MERGED) {
			throw InvalidInputException.of("duplicateOf",
					"need " + original.reference + " is " + original.status.name().toLowerCase() + "; merge into a"
							+ " need that is still open or validated");
		}
		this.status = NeedStatus.MERGED;
		this.mergedInto = original.reference;
		this.decidedBy = officer;
		return new NeedMerged(this.reference, original.reference, officer);
	}

	public Clarification openQuestion() {
		return (this.status == NeedStatus.IN_CLARIFICATION) ? this.clarifications.get(this.clarifications.size() - 1)
				: null;
	}

	private void requireTriage(String officer) {
		if (officer == null) {
			throw new ActionForbiddenException("Only a programme officer may triage a need");
		}
		if (this.status != NeedStatus.SUBMITTED) {
			throw new StateConflictException("Need " + this.reference + " is not waiting for triage (it is "
					+ this.status.name().toLowerCase().replace('_', ' ') + ")");
		}
	}

	private static String required(String field, String value, String reason) {
		if (value == null || value.isBlank()) {
			throw InvalidInputException.of(field, reason);
		}
		return TextRules.check(field, value, TextRules.TEXT);
	}

	public UUID id() {
		return this.id;
	}

	public String reference() {
		return this.reference;
	}

	public UUID organisationId() {
		return this.organisationId;
	}

	public String submittedBy() {
		return this.submittedBy;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public NeedDetails details() {
		return this.details;
	}

	public NeedStatus status() {
		return this.status;
	}

	public List<Clarification> clarifications() {
		return List.copyOf(this.clarifications);
	}

	public String decidedBy() {
		return this.decidedBy;
	}

	public String rejectionReason() {
		return this.rejectionReason;
	}

	public String mergedInto() {
		return this.mergedInto;
	}

	public Integer version() {
		return this.version;
	}

}
