package org.opencall.evaluation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The consensus round of a proposal: the rapporteur's draft (agreed score and comment per
 * criterion), the other experts' answers to it, and the programme officer who approved it
 * as moderator or sent it back with a comment. A new draft clears the answers given to
 * the one before it. Stored with the evaluation as one value.
 */
public record ConsensusReport(String rapporteur, int draft, Scorecard agreed, List<ConsensusResponse> responses,
		String sentBackBy, String sentBackComment, String approvedBy, Instant approvedAt) {

	public ConsensusReport {
		responses = List.copyOf(responses);
	}

	static ConsensusReport openedFor(String rapporteur) {
		return new ConsensusReport(rapporteur, 0, null, List.of(), null, null, null, null);
	}

	public boolean isDrafted() {
		return this.agreed != null;
	}

	public boolean isApproved() {
		return this.approvedBy != null;
	}

	ConsensusReport drafted(Scorecard scores) {
		return new ConsensusReport(this.rapporteur, this.draft + 1, scores, List.of(), this.sentBackBy,
				this.sentBackComment, null, null);
	}

	ConsensusReport answered(ConsensusResponse response) {
		List<ConsensusResponse> answers = new ArrayList<>(this.responses);
		answers.removeIf((r) -> r.expert().equals(response.expert()));
		answers.add(response);
		return new ConsensusReport(this.rapporteur, this.draft, this.agreed, answers, this.sentBackBy,
				this.sentBackComment, null, null);
	}

	ConsensusReport sentBack(String officer, String comment) {
		return new ConsensusReport(this.rapporteur, this.draft, this.agreed, this.responses, officer, comment, null,
				null);
	}

	ConsensusReport approved(String officer, Instant at) {
		return new ConsensusReport(this.rapporteur, this.draft, this.agreed, this.responses, this.sentBackBy,
				this.sentBackComment, officer, at);
	}

}
