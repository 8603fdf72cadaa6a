package org.opencall.needs.process;

import org.opencall.needs.TriageDecision;
import org.opencall.needs.TriageInput;

/**
 * What {@code needs-identification}'s delegates, listeners and expressions ask of the
 * needs module, each step about the need the instance is about (its business key). The
 * module answers through a package-private adapter, so that no other module can take
 * these steps.
 */
public interface NeedsIdentificationSteps {

	/** Applies the decision of the officer who completed the triage task. */
	void recordTriage(String reference, String officer, TriageDecision decision, TriageInput input);

	/** Applies the answer of whoever completed the clarification task. */
	void recordAnswer(String reference, String answeredBy, String answer);

	/** The question has waited for its reminder time: the owner is reminded. */
	void remindOwner(String reference);

	/** The question has waited for its escalation time: the officer who asked is told. */
	void escalateToOfficer(String reference);

	/** Who answers the need's open question: the person who submitted the need. */
	String owner(String reference);

}
