package org.opencall.selection.process;

import java.time.Instant;
import java.util.Map;

/**
 * What {@code selection} asks of the selection module: each call by the call's reference,
 * the instance's business key. The module's root answers (package-private use cases).
 */
public interface SelectionSteps {

	/** The engine group of the officers of the call's programme. */
	String officersGroup(String callReference);

	/** The task-local context of the proposing and approving officers' forms. */
	Map<String, Object> taskContext(String callReference);

	/** The officer who completes the proposal task proposes the ranking as it stands. */
	void propose(String callReference, String officer, String comment);

	/** Refuses the proposer as holder of the approval task (four eyes). */
	void requireSecondOfficer(String callReference, String officer);

	/** The officer who completes the approval task approves or sends back. */
	void review(String callReference, String officer, String decision, String comment);

	boolean isDecided(String callReference);

	/** Writes the next batch of result letters; answers how many are still to send. */
	int sendLetters(String callReference);

	int lettersToSend(String callReference);

	void reportDecision(String callReference);

	Instant redressDeadline(String callReference);

}
