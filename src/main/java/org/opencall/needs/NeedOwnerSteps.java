package org.opencall.needs;

/** What a need owner does next with a need, in words; null when nothing. */
final class NeedOwnerSteps {

	private NeedOwnerSteps() {
	}

	static String next(NeedState status) {
		return switch (status) {
			case IN_CLARIFICATION -> "Answer the programme officer's question";
			case SUBMITTED -> "None for now: a programme officer triages it; you may still edit it";
			case VALIDATED -> "None: programme officers may group it into a challenge of a call";
			case REJECTED, MERGED -> null;
		};
	}

}
