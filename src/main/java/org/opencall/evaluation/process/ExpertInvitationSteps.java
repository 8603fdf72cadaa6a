package org.opencall.evaluation.process;

import java.time.Instant;
import java.util.Map;

/**
 * What {@code expert-invitation}'s listeners, delegates and expressions ask of the
 * evaluation module, each step about the invitation the instance is about (its business
 * key, the invitation's id). The module answers through a package-private adapter.
 */
public interface ExpertInvitationSteps {

	/** The invited expert's login, whom the task is assigned to. */
	String expert(String invitationId);

	/** Until when the expert may answer; the invitation lapses then. */
	Instant respondBy(String invitationId);

	/** The call's reference and title and the deadline in words, for the task's form. */
	Map<String, Object> taskContext(String invitationId);

	/** The task's name: "Accept invitation — {the call's title}". */
	String taskName(String invitationId);

	/**
	 * Records the answer of the user who completed the task: {@code accept}, or
	 * {@code decline} with a reason; refused (naming the field) otherwise.
	 */
	void recordAnswer(String invitationId, String answeredBy, String decision, String reason);

	/** The deadline passed without an answer. */
	void lapse(String invitationId);

}
