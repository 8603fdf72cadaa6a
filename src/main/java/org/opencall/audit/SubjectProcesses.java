package org.opencall.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

import org.opencall.evaluation.CallInvitations;

import org.springframework.stereotype.Component;

/**
 * The process instances a subject's history joins, found by the business keys that tie
 * them to the domain: a proposal's reference (its submission, evaluations and redress)
 * and its grant's (contracting and co-creation); a call's reference (its lifecycle,
 * selection and reports) and the ids of its expert invitations; a grant's or a need's
 * own.
 */
@Component
class SubjectProcesses {

	private final HistoryService history;

	private final CallInvitations invitations;

	SubjectProcesses(HistoryService history, CallInvitations invitations) {
		this.history = history;
		this.invitations = invitations;
	}

	/** Oldest first. */
	List<HistoricProcessInstance> of(AuditSubject subject, String reference) {
		List<String> businessKeys = (subject == AuditSubject.SUBMISSION)
				? List.of(reference, AuditSubject.grantOf(reference)) : List.of(reference);
		List<HistoricProcessInstance> instances = new ArrayList<>(this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new))
			.processDefinitionKeyIn(subject.processKeys()
				.stream()
				.filter((key) -> !AuditSubject.EXPERT_INVITATION.equals(key))
				.toArray(String[]::new))
			.list());
		if (subject == AuditSubject.CALL) {
			List<String> invited = this.invitations.invitationKeys(reference);
			if (!invited.isEmpty()) {
				instances.addAll(this.history.createHistoricProcessInstanceQuery()
					.processDefinitionKey(AuditSubject.EXPERT_INVITATION)
					.processInstanceBusinessKeyIn(invited.toArray(String[]::new))
					.list());
			}
		}
		instances.sort(Comparator.comparing(HistoricProcessInstance::getStartTime)
			.thenComparingLong(SubjectProcesses::created)
			.thenComparing(HistoricProcessInstance::getId));
		return instances;
	}

	/**
	 * When the engine made the instance's id, by the system's clock: its ids are
	 * time-based UUIDs, which keep the order of instances started at one instant of the
	 * engine's clock (a test's, held still).
	 */
	private static long created(HistoricProcessInstance instance) {
		try {
			UUID id = UUID.fromString(instance.getId());
			return (id.version() == 1) ? id.timestamp() : 0;
		}
		catch (IllegalArgumentException ex) {
			return 0;
		}
	}

}
