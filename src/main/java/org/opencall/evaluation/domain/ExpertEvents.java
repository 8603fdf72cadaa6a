package org.opencall.evaluation.domain;

import java.util.List;

import org.opencall.platform.Audited;

/**
 * What happens to an expert of the pool, past tense: each transition of {@link Expert}
 * answers one, naming the expert by their login, under which the audit trail keeps it.
 */
public final class ExpertEvents {

	private ExpertEvents() {
	}

	/** An event of one expert of the pool, kept under the expert's login. */
	interface OfExpert extends Audited {

		String expert();

		@Override
		default List<String> auditSubjects() {
			return List.of(expert());
		}

	}

	public record ExpertRegistered(String expert) implements OfExpert {

		@Override
		public String auditActor() {
			return this.expert;
		}

	}

	/** An officer approved the expert into the pool. */
	public record ExpertApproved(String expert, String officer) implements OfExpert {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	/** An officer refused the expert, or took them out of the pool, with a reason. */
	public record ExpertRejected(String expert, String officer, String reason,
			boolean wasApproved) implements OfExpert {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	/** The expert left the pool. */
	public record ExpertWithdrew(String expert, boolean wasApproved) implements OfExpert {

		@Override
		public String auditActor() {
			return this.expert;
		}

	}

	/**
	 * The expert changed their profile; one rejected or withdrawn asks for approval
	 * again.
	 */
	public record ExpertProfileChanged(String expert, boolean awaitsApproval) implements OfExpert {

		@Override
		public String auditActor() {
			return this.expert;
		}

	}

}
