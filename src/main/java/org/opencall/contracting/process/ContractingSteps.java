package org.opencall.contracting.process;

import java.time.Instant;
import java.util.Map;

/**
 * What {@code contracting} asks of the contracting module: each call by the grant's
 * reference, the instance's business key. The module's root answers.
 */
public interface ContractingSteps {

	/** The engine group of the officers of the grant's programme. */
	String officersGroup(String grantReference);

	/** The task-local context of the preparing and approving officers' forms. */
	Map<String, Object> taskContext(String grantReference);

	/** The officer who completes the preparation task declares the draft ready. */
	void prepare(String grantReference, String officer);

	/** Refuses the preparing officer as holder of the approval task (four eyes). */
	void requireSecondOfficer(String grantReference, String officer);

	/** The officer who completes the approval task approves or sends back. */
	void review(String grantReference, String officer, String decision, String comment);

	boolean isOffered(String grantReference);

	/** Mails the offered agreement with its PDF to the company's staff. */
	void offer(String grantReference);

	Instant reminderAt(String grantReference);

	Instant acceptanceDeadline(String grantReference);

	void remind(String grantReference);

	boolean isSigned(String grantReference);

	/**
	 * The offer was declined or its deadline passed (it lapses now): the reserve list is
	 * promoted.
	 */
	void promoteReserve(String grantReference);

}
