package org.opencall.needs;

import org.opencall.needs.process.NeedsIdentificationSteps;

import org.springframework.stereotype.Component;

/**
 * The needs module's answer to its process: the steps {@code needs-identification} takes,
 * on the use cases that apply them. Package-private, like those use case methods.
 */
@Component
class NeedsIdentificationAdapter implements NeedsIdentificationSteps {

	private final NeedTriage triage;

	private final NeedClarification clarification;

	NeedsIdentificationAdapter(NeedTriage triage, NeedClarification clarification) {
		this.triage = triage;
		this.clarification = clarification;
	}

	@Override
	public void recordTriage(String reference, String officer, TriageDecision decision, TriageInput input) {
		this.triage.record(reference, officer, decision, input);
	}

	@Override
	public void recordAnswer(String reference, String answeredBy, String answer) {
		this.clarification.record(reference, answeredBy, answer);
	}

	@Override
	public void remindOwner(String reference) {
		this.clarification.remind(reference);
	}

	@Override
	public void escalateToOfficer(String reference) {
		this.clarification.escalate(reference);
	}

	@Override
	public String owner(String reference) {
		return this.clarification.owner(reference);
	}

}
