package org.opencall.evaluation;

import org.opencall.calls.CallCatalogue;
import org.opencall.evaluation.domain.Evaluation;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.NotFoundException;
import org.opencall.platform.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer of the proposal's programme chooses its rapporteur among its experts while
 * they score; otherwise the first expert who scored drafts the consensus report.
 */
@Service
public class ChoosingRapporteurs {

	private final Evaluations evaluations;

	private final CallCatalogue calls;

	ChoosingRapporteurs(Evaluations evaluations, CallCatalogue calls) {
		this.evaluations = evaluations;
		this.calls = calls;
	}

	/**
	 * The officer chooses, on their call's dashboard, the expert who drafts a proposal's
	 * consensus report; a proposal of another call does not exist there.
	 */
	@Transactional
	public void choose(String officer, String callReference, String submissionReference, String expert) {
		this.calls.officerCall(officer, callReference);
		if (submissionReference == null || submissionReference.isBlank()) {
			throw InvalidInputException.of("submission", "is required");
		}
		if (expert == null || expert.isBlank()) {
			throw InvalidInputException.of("expert", "is required");
		}
		if (this.evaluations.find(submissionReference)
			.filter((evaluation) -> evaluation.callReference().equals(callReference))
			.isEmpty()) {
			throw new NotFoundException("No evaluation of " + submissionReference + " in call " + callReference);
		}
		choose(officer, submissionReference, expert);
	}

	@Transactional
	public void choose(String officer, String submissionReference, String expert) {
		Evaluation evaluation = this.evaluations.of(submissionReference);
		boolean worksOnIt = this.calls.programmesOf(officer)
			.stream()
			.anyMatch((programme) -> programme.code().equals(evaluation.programmeCode()));
		if (!worksOnIt) {
			throw new ActionForbiddenException(
					"Only the officers of the proposal's programme choose the rapporteur of " + submissionReference);
		}
		this.evaluations.change(submissionReference, (changed) -> changed.chooseRapporteur(expert, officer));
	}

}
