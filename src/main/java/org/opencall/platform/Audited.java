package org.opencall.platform;

import java.util.List;

/**
 * A domain event the audit trail keeps: who did what to which subjects. The event's own
 * class names what happened ({@code ScoreSubmitted}), its components say the rest; the
 * {@code audit} module hears every published {@code Audited} event in the transaction
 * that publishes it and appends it, hash-chained, to the audit records.
 */
public interface Audited {

	/**
	 * The references of what the event is about, the most specific first: a grant's, then
	 * its proposal's, then its call's ({@code GA-S-000012}, {@code S-000012},
	 * {@code HC-2027-01}); a subject's timeline shows every record that names it.
	 */
	List<String> auditSubjects();

	/**
	 * The login of the person who did it, or {@code null} when Opencall or its clock did.
	 */
	String auditActor();

}
