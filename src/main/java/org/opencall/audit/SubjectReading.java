package org.opencall.audit;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

import org.opencall.calls.CallCatalogue;
import org.opencall.contracting.GrantQueries;
import org.opencall.contracting.GrantView;
import org.opencall.evaluation.CallInvitations;
import org.opencall.identity.Directory;
import org.opencall.identity.Roles;
import org.opencall.needs.NeedBacklog;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.NotFoundException;
import org.opencall.submissions.SubmissionQueries;
import org.opencall.submissions.SubmissionView;

import org.springframework.stereotype.Component;

/**
 * Who may read a subject's history: auditors, and programme officers who read the subject
 * itself (a call, proposal or grant of their programme, a need). The subject's own module
 * decides the second; its answer also names the subject for the page. A process instance
 * is read by those who may read the subject it belongs to.
 */
@Component
class SubjectReading {

	private final Directory directory;

	private final CallCatalogue calls;

	private final NeedBacklog needs;

	private final SubmissionQueries submissions;

	private final GrantQueries grants;

	private final CallInvitations invitations;

	private final HistoryService history;

	SubjectReading(Directory directory, CallCatalogue calls, NeedBacklog needs, SubmissionQueries submissions,
			GrantQueries grants, CallInvitations invitations, HistoryService history) {
		this.directory = directory;
		this.calls = calls;
		this.needs = needs;
		this.submissions = submissions;
		this.grants = grants;
		this.invitations = invitations;
		this.history = history;
	}

	/** The subject, named, when the user may read its history; a refusal otherwise. */
	ReadableSubject read(String userId, AuditSubject subject, String reference) {
		var groups = this.directory.groupsOf(userId);
		if (!groups.contains(Roles.AUDITORS) && !groups.contains(Roles.PROGRAMME_OFFICERS)) {
			throw new ActionForbiddenException("Only auditors and programme officers read a history");
		}
		return switch (subject) {
			case CALL ->
				new ReadableSubject(subject, reference, this.calls.officerCall(userId, reference).title(), List.of());
			case NEED -> new ReadableSubject(subject, reference, this.needs.need(userId, reference).title(), List.of());
			case SUBMISSION -> {
				SubmissionView submission = this.submissions.submission(userId, reference);
				yield new ReadableSubject(subject, reference, submission.content().title(),
						List.of(new ReadableSubject.Related(AuditSubject.CALL, submission.callReference())));
			}
			case GRANT -> {
				GrantView grant = this.grants.grant(userId, reference);
				yield new ReadableSubject(subject, reference, grant.title(),
						List.of(new ReadableSubject.Related(AuditSubject.SUBMISSION, grant.submissionReference()),
								new ReadableSubject.Related(AuditSubject.CALL, grant.callReference())));
			}
		};
	}

	/**
	 * The process instance, when the user may read the history of the subject it belongs
	 * to: a call's, a need's, a proposal's or a grant's.
	 */
	HistoricProcessInstance instance(String userId, String instanceId) {
		HistoricProcessInstance instance = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(instanceId)
			.singleResult();
		NotFoundException unknown = new NotFoundException("No process " + instanceId + " is kept in the history");
		if (instance == null || instance.getBusinessKey() == null) {
			throw unknown;
		}
		AuditSubject subject = AuditSubject.owning(instance.getProcessDefinitionKey()).orElseThrow(() -> unknown);
		String reference = AuditSubject.EXPERT_INVITATION.equals(instance.getProcessDefinitionKey())
				? this.invitations.callOfInvitation(instance.getBusinessKey()).orElseThrow(() -> unknown)
				: instance.getBusinessKey();
		read(userId, subject, reference);
		return instance;
	}

}
