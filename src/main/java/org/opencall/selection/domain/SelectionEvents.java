package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.opencall.platform.Audited;

/**
 * What happened to a call's selection and to its proposals' redress requests, in the past
 * tense; the audit trail keeps each under the proposal (where there is one) and the call.
 */
public final class SelectionEvents {

	private SelectionEvents() {
	}

	/**
	 * The panel changed a proposal's consensus score on a criterion ({@code SCORE}) or
	 * its place among the passing proposals ({@code ORDER}, positions from 1), saying
	 * why.
	 */
	public record PanelAdjusted(String callReference, String submissionReference, String officer,
			RecordedAdjustment.Kind kind, String criterion, BigDecimal before, BigDecimal after,
			String justification) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.submissionReference, this.callReference);
		}

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record FundingDecisionProposed(String callReference, String officer, String comment) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.callReference);
		}

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record FundingDecisionSentBack(String callReference, String officer, String comment) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.callReference);
		}

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	/**
	 * The second officer approved the decision: these proposals are selected, on the
	 * reserve list (in rank order) and rejected.
	 */
	public record FundingDecisionApproved(String callReference, String officer, String comment, List<String> selected,
			List<String> reserve, List<String> rejected) implements Audited {

		public FundingDecisionApproved {
			selected = List.copyOf(selected);
			reserve = List.copyOf(reserve);
			rejected = List.copyOf(rejected);
		}

		/**
		 * The call, then each of its proposals: each proposal's history shows its
		 * decision.
		 */
		@Override
		public List<String> auditSubjects() {
			List<String> subjects = new ArrayList<>();
			subjects.add(this.callReference);
			subjects.addAll(this.selected);
			subjects.addAll(this.reserve);
			subjects.addAll(this.rejected);
			return subjects;
		}

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	/** An applicant asked for redress against their proposal's result, with grounds. */
	public record RedressFiled(String submissionReference, String callReference, String applicant,
			String grounds) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.submissionReference, this.callReference);
		}

		@Override
		public String auditActor() {
			return this.applicant;
		}

	}

	/** An officer who took no part in the decision upheld or rejected the request. */
	public record RedressDecided(String submissionReference, String callReference, String officer, boolean upheld,
			String reasons) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.submissionReference, this.callReference);
		}

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	/** The re-evaluation asked for by an upheld request is complete, with its result. */
	public record RedressConcluded(String submissionReference, String callReference,
			String outcome) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.submissionReference, this.callReference);
		}

		@Override
		public String auditActor() {
			return null;
		}

	}

}
