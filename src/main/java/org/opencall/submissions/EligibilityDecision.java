package org.opencall.submissions;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opencall.calls.CallSchedule;
import org.opencall.calls.CallView;
import org.opencall.identity.Organisation;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.StateConflictException;
import org.opencall.submissions.domain.ProposalContent;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionDocument;
import org.opencall.submissions.domain.SubmissionRepository;
import org.opencall.submissions.domain.SubmissionStatus;
import org.opencall.submissions.domain.SubmittedVersion;
import org.opencall.submissions.process.EligibilityTable;
import org.opencall.submissions.process.RuleFindings;
import org.opencall.submissions.process.SubmissionProcessEngine;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the deadline the eligibility table decides by the call's rules; a programme
 * officer of the call confirms admissibility or overrides it with a written reason. When
 * the last decision of a closed call is taken, the call moves on.
 */
@Service
@Transactional
public class EligibilityDecision {

	private final SubmissionRepository submissions;

	private final SubmittedVersions versions;

	private final SubmissionAccess access;

	private final SubmissionSettings settings;

	private final EligibilityTable table;

	private final SubmissionProcessEngine engine;

	private final ApplicationEventPublisher events;

	private final CallSchedule callSchedule;

	EligibilityDecision(SubmissionRepository submissions, SubmittedVersions versions, SubmissionAccess access,
			SubmissionSettings settings, EligibilityTable table, SubmissionProcessEngine engine,
			ApplicationEventPublisher events, CallSchedule callSchedule) {
		this.submissions = submissions;
		this.versions = versions;
		this.access = access;
		this.settings = settings;
		this.table = table;
		this.engine = engine;
		this.events = events;
		this.callSchedule = callSchedule;
	}

	/**
	 * Applies the eligibility table to the latest submitted version (not to edits made
	 * since and never submitted); answers what it found, in words too.
	 */
	RuleFindings applyRules(String reference) {
		Submission submission = this.access.byReference(reference);
		CallView call = this.access.call(submission.callReference());
		Organisation organisation = this.access.organisationOf(submission);
		SubmittedVersion submitted = this.versions.latest(submission.id()).orElse(null);
		ProposalContent content = (submitted != null) ? submitted.content() : submission.content();
		List<SubmissionDocument> documents = (submitted != null) ? submitted.documents() : submission.documents();
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("requestedAmount", content.requestedAmount().doubleValue());
		facts.put("maxGrant", call.maxGrant().doubleValue());
		facts.put("country", organisation.country());
		facts.put("eligibleCountries", "," + String.join(",", call.eligibleCountries()) + ",");
		facts.put("organisationType", organisation.type().name());
		facts.put("eligibleOrganisationTypes", "," + String.join(",", call.eligibleOrganisationTypes()) + ",");
		facts.put("trl", content.trl());
		facts.put("trlMin", call.trlMin());
		facts.put("trlMax", call.trlMax());
		facts.put("documentsComplete",
				this.settings.mandatoryDocuments()
					.stream()
					.allMatch((type) -> documents.stream().anyMatch((d) -> d.type().equals(type))));
		List<String> reasons = this.table.reasonsNotEligible(facts);
		submission.recordRuleFindings(reasons);
		this.access.save(submission);
		return new RuleFindings(reasons.isEmpty(),
				reasons.isEmpty() ? "Eligible by the call's rules." : "Not eligible: " + String.join(" ", reasons));
	}

	public void decide(String officer, String reference, boolean eligible, String comment) {
		Submission submission = this.access.readable(officer, reference);
		if (!this.access.isOfficerOfCall(officer, submission.callReference())) {
			throw new ActionForbiddenException("Only an officer of the call's programme decides admissibility");
		}
		if (submission.status() != SubmissionStatus.SUBMITTED) {
			throw new StateConflictException("Submission " + reference + " is not waiting for a decision");
		}
		this.engine.completeAdmissibility(submission, officer, eligible, comment);
	}

	/**
	 * Applies the decision of the officer who completed the admissibility task. The
	 * applicant is told in the process's next step ({@link #notifyApplicant}).
	 */
	void record(String reference, String officer, boolean eligible, String comment) {
		Submission submission = this.access.byReference(reference);
		if (officer == null || !this.access.isOfficerOfCall(officer, submission.callReference())) {
			throw new ActionForbiddenException("Only an officer of the call's programme decides admissibility");
		}
		Object decided = submission.decideEligibility(eligible, officer, comment);
		this.access.save(submission);
		this.events.publishEvent(decided);
		if (this.callSchedule.lockAndCheckClosed(submission.callReference())
				&& this.submissions.countAwaitingEligibility(submission.callReference()) == 0) {
			this.callSchedule.eligibilityChecksDone(submission.callReference());
		}
	}

	/** Tells that the submission was found eligible or not, and why not. */
	void notifyApplicant(String reference) {
		this.events.publishEvent(this.access.byReference(reference).eligibilityDecision());
	}

	/** The deadline of the submission's call, after which its eligibility is decided. */
	Instant deadline(String reference) {
		return this.access.call(this.access.byReference(reference).callReference()).deadline();
	}

	/** Whether the proposal was withdrawn, so that nothing is left to decide. */
	boolean isWithdrawn(String reference) {
		return this.access.byReference(reference).status() == SubmissionStatus.WITHDRAWN;
	}

	/** The programme whose officers check the submission's admissibility. */
	String programmeCode(String reference) {
		return this.access.call(this.access.byReference(reference).callReference()).programmeCode();
	}

}
