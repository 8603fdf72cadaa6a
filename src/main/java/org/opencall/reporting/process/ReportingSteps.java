package org.opencall.reporting.process;

import java.util.Map;

/**
 * What {@code reporting} asks of the reporting module: each call by the call's reference,
 * the instance's business key, and the number of the report its scope works on. The
 * module's root answers.
 */
public interface ReportingSteps {

	/** The engine group of the officers of the call's programme. */
	String officersGroup(String callReference);

	/**
	 * The periodic reports' timer cycle, from the call's schedule: ISO 8601 repeating
	 * intervals from the call's publication ({@code R/2027-01-15T09:00:00Z/P6M}).
	 */
	String schedule(String callReference);

	/** Prepares the call's next periodic report; answers its number. */
	int preparePeriodic(String callReference);

	/** Prepares the call's final report; answers its number. */
	int prepareFinal(String callReference);

	/** The task-local context of the review and correction forms. */
	Map<String, Object> taskContext(String callReference, int reportNumber);

	/** The officer who completes the review approves or sends back. */
	void review(String callReference, int reportNumber, String officer, String decision, String comment);

	/** The officer who completes the correction says what was corrected. */
	void correct(String callReference, int reportNumber, String officer, String note);

	boolean isApproved(String callReference, int reportNumber);

	/** Mails the approved report with its PDF to the programme's funder. */
	void mail(String callReference, int reportNumber);

}
