package org.opencall.cocreation.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What {@code co-creation} asks of the co-creation module: each call by the grant's
 * reference, the instance's business key. The module's root answers.
 */
public interface CoCreationSteps {

	/** The engine group of the officers of the grant's programme. */
	String officersGroup(String grantReference);

	/** The host organisation's need owners who joined the pilot (or may join it). */
	List<String> hostNeedOwners(String grantReference);

	/** The task-local context of a task's form. */
	Map<String, Object> taskContext(String grantReference, String taskKey, String taskId);

	void holdKickOff(String grantReference, String officer, LocalDate date, String notes);

	/** When the deliverable now due is reminded to the company. */
	Instant reminderAt(String grantReference);

	/** When an overdue deliverable is escalated to the officers. */
	Instant escalationAt(String grantReference);

	void remindCompany(String grantReference);

	void escalateToOfficers(String grantReference);

	void review(String grantReference, String officer, String verdict, String comment);

	void coReview(String grantReference, String needOwner, String verdict, String comment);

	boolean isAccepted(String grantReference);

	void askForRevision(String grantReference);

	void announceAcceptance(String grantReference);

	boolean hasPaymentToRelease(String grantReference);

	/** Binds the next due payment to the release task just created. */
	void bindRelease(String grantReference, String taskId);

	/** Refuses the officer who made the task's payment due (four eyes). */
	void requireReleaser(String grantReference, String taskId, String officer);

	void release(String grantReference, String taskId, String officer);

	boolean hasOpenMilestone(String grantReference);

	void close(String grantReference, String officer, String outcome, String finalValues, String summary);

}
