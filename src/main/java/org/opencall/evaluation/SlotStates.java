package org.opencall.evaluation;

import org.opencall.evaluation.domain.SlotState;

/** A slot's state in words, as the officers' pages show it. */
final class SlotStates {

	private SlotStates() {
	}

	static String label(String state) {
		return switch (SlotState.valueOf(state)) {
			case ASSIGNED -> "Declaring conflicts";
			case NO_CONFLICT_DECLARED -> "Scoring";
			case SCORED -> "Scored";
			case CONFLICT_DECLARED -> "Left: conflict of interest";
			case DECLINED -> "Left: declined";
			case DEADLINE_MISSED -> "Left: missed the declaration deadline";
			case VACANT -> "Vacant: no eligible expert left";
		};
	}

	static boolean isLeft(String state) {
		return SlotState.valueOf(state).isLeft();
	}

}
