package org.opencall.evaluation.domain;

/**
 * What happens to an expert of the pool, past tense: each transition of {@link Expert}
 * answers one, naming the expert by their login.
 */
public final class ExpertEvents {

	private ExpertEvents() {
	}

	public record ExpertRegistered(String expert) {
	}

	/** An officer approved the expert into the pool. */
	public record ExpertApproved(String expert, String officer) {
	}

	/** An officer refused the expert, or took them out of the pool, with a reason. */
	public record ExpertRejected(String expert, String officer, String reason, boolean wasApproved) {
	}

	/** The expert left the pool. */
	public record ExpertWithdrew(String expert, boolean wasApproved) {
	}

	/**
	 * The expert changed their profile; one rejected or withdrawn asks for approval
	 * again.
	 */
	public record ExpertProfileChanged(String expert, boolean awaitsApproval) {
	}

}
