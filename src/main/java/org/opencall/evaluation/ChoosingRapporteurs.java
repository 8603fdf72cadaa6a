package org.opencall.evaluation;

import org.opencall.calls.CallCatalogue;
import org.opencall.evaluation.domain.Evaluation;
import org.opencall.platform.ActionForbiddenException;

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
