package org.opencall.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * A call's assignment of experts as the officers see it: per proposal its experts and
 * their affinity, per expert their load against their maximum, and whether it is still
 * open to swaps or confirmed.
 */
public record AssignmentView(String callReference, boolean confirmed, String proposedBy, Instant proposedAt,
		String confirmedBy, Instant confirmedAt, List<ProposalSeats> proposals, List<ExpertLoad> experts,
		int totalAffinity) {

	public AssignmentView {
		proposals = List.copyOf(proposals);
		experts = List.copyOf(experts);
	}

	/** A proposal and the experts who take its slots, in slot order. */
	public record ProposalSeats(String reference, String title, List<Seat> experts) {

		public ProposalSeats {
			experts = List.copyOf(experts);
		}

	}

	/** An expert on a proposal; affinity 0–100 (see {@code ExpertiseAffinity}). */
	public record Seat(String expert, String name, int affinity) {
	}

	/** How many of the call's proposals an expert takes, and at most. */
	public record ExpertLoad(String expert, String name, int load, int maximum) {
	}

}
