package org.opencall.needs.domain;

import java.util.List;
import java.util.UUID;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;
import org.opencall.platform.TextRules;

/**
 * A problem a call puts to companies, grouping one or more validated needs of care
 * organisations. Attached to at most one call.
 */
public record Challenge(UUID id, String programmeCode, String title, String description, List<String> needReferences,
		String createdBy, String callReference) {

	public Challenge {
		needReferences = List.copyOf(needReferences);
	}

	public static Challenge group(String programmeCode, String title, String description, List<Need> needs,
			String officer) {
		List<FieldViolation> violations = new java.util.ArrayList<>();
		String checkedTitle = TextRules.required(violations, "title", title, TextRules.LINE);
		String checkedDescription = TextRules.optional(violations, "description", description, TextRules.TEXT);
		if (needs.isEmpty()) {
			violations.add(new FieldViolation("needs", "choose at least one validated need"));
		}
		needs.stream()
			.filter((need) -> need.status() != NeedStatus.VALIDATED)
			.forEach((need) -> violations.add(new FieldViolation("needs", "need " + need.reference()
					+ " is not validated (it is " + need.status().name().toLowerCase() + ")")));
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Challenge(UUID.randomUUID(), programmeCode, checkedTitle,
				(checkedDescription != null) ? checkedDescription : "", needs.stream().map(Need::reference).toList(),
				officer, null);
	}

	public Challenge attachTo(String reference) {
		if (this.callReference != null && !this.callReference.equals(reference)) {
			throw new StateConflictException(
					"Challenge \"" + this.title + "\" is already attached to call " + this.callReference);
		}
		return new Challenge(this.id, this.programmeCode, this.title, this.description, this.needReferences,
				this.createdBy, reference);
	}

	public Challenge detach() {
		return new Challenge(this.id, this.programmeCode, this.title, this.description, this.needReferences,
				this.createdBy, null);
	}

}
