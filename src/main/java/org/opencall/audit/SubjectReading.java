package org.opencall.audit;

import org.opencall.calls.CallCatalogue;
import org.opencall.identity.Directory;
import org.opencall.identity.Roles;
import org.opencall.needs.NeedBacklog;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.submissions.SubmissionQueries;

import org.springframework.stereotype.Component;

/**
 * Who may read a subject's history: auditors, and programme officers who read the subject
 * itself (a call or proposal of their programme, a need). The subject's own module
 * decides the second; its answer also names the subject for the page.
 */
@Component
class SubjectReading {

	private final Directory directory;

	private final CallCatalogue calls;

	private final NeedBacklog needs;

	private final SubmissionQueries submissions;

	SubjectReading(Directory directory, CallCatalogue calls, NeedBacklog needs, SubmissionQueries submissions) {
		this.directory = directory;
		this.calls = calls;
		this.needs = needs;
		this.submissions = submissions;
	}

	/** The subject's title when the user may read its history; a refusal otherwise. */
	String titleFor(String userId, AuditSubject subject, String reference) {
		var groups = this.directory.groupsOf(userId);
		if (!groups.contains(Roles.AUDITORS) && !groups.contains(Roles.PROGRAMME_OFFICERS)) {
			throw new ActionForbiddenException("Only auditors and programme officers read a history");
		}
		return switch (subject) {
			case CALL -> this.calls.officerCall(userId, reference).title();
			case NEED -> this.needs.need(userId, reference).title();
			case SUBMISSION -> this.submissions.submission(userId, reference).content().title();
		};
	}

}
