package org.opencall.evaluation;

import org.opencall.evaluation.domain.EvaluationStatus;

/** An evaluation's status in words, as pages show it. */
final class EvaluationStates {

	private EvaluationStates() {
	}

	static String label(String status) {
		return switch (EvaluationStatus.valueOf(status)) {
			case INDIVIDUAL -> "Individual scoring";
			case CONSENSUS -> "Consensus round";
			case COMPLETED -> "Complete";
		};
	}

}
