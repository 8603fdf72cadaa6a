package org.opencall.needs.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;
import org.opencall.platform.TextRules;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A challenge built from needs: what a programme puts to companies, grouping one or more
 * validated needs of care organisations. Attached to at most one call at a time (the
 * calls module's {@code CallChallenge} is the call's copy of it). Stored with the
 * references of its needs as one aggregate; a concurrent change is refused by its
 * version.
 */
@Table("challenges")
public class NeedChallenge {

	@Id
	private final UUID id;

	private final String programmeCode;

	private final String title;

	private final String description;

	@MappedCollection(idColumn = "challenge_id", keyColumn = "position")
	private final List<ChallengeNeed> needs;

	private final String createdBy;

	private String callReference;

	@Version
	private Integer version;

	public NeedChallenge(UUID id, String programmeCode, String title, String description, List<ChallengeNeed> needs,
			String createdBy, String callReference, Integer version) {
		this.id = id;
		this.programmeCode = programmeCode;
		this.title = title;
		this.description = description;
		this.needs = List.copyOf(needs);
		this.createdBy = createdBy;
		this.callReference = callReference;
		this.version = version;
	}

	public static NeedChallenge group(String programmeCode, String title, String description, List<Need> needs,
			String officer) {
		List<FieldViolation> violations = new ArrayList<>();
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
		return new NeedChallenge(UUID.randomUUID(), programmeCode, checkedTitle,
				(checkedDescription != null) ? checkedDescription : "",
				needs.stream().map((need) -> new ChallengeNeed(need.reference())).toList(), officer, null, null);
	}

	/**
	 * Attaches the challenge to a call; attaching it again to the same call changes
	 * nothing.
	 */
	public void attachTo(String reference) {
		if (this.callReference != null && !this.callReference.equals(reference)) {
			throw new StateConflictException(
					"Challenge \"" + this.title + "\" is already attached to call " + this.callReference);
		}
		this.callReference = reference;
	}

	/** The call let the challenge go: it may be attached to another call. */
	public void detach() {
		this.callReference = null;
	}

	public UUID id() {
		return this.id;
	}

	public String programmeCode() {
		return this.programmeCode;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	public List<String> needReferences() {
		return this.needs.stream().map(ChallengeNeed::needReference).toList();
	}

	public String createdBy() {
		return this.createdBy;
	}

	public String callReference() {
		return this.callReference;
	}

	public Integer version() {
		return this.version;
	}

}
