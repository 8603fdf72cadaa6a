package org.opencall.evaluation.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.opencall.identity.Programme;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * What {@code evaluation}'s multi-instance activities, timers, task routing and gateways
 * read, as {@code ${evaluationLifecycle.…}}: the evaluation of the proposal the instance
 * is about, from the domain — never from a process variable a user could write. Public,
 * because the engine's expressions call methods of public classes only.
 */
@Component("evaluationLifecycle")
public class EvaluationLifecycleExpressions {

	private final EvaluationSteps steps;

	EvaluationLifecycleExpressions(EvaluationSteps steps) {
		this.steps = steps;
	}

	/** How many slots the evaluation has: one per required expert. */
	public int slots(DelegateExecution execution) {
		return this.steps.slots(ProcessSubject.of(execution));
	}

	/** The expert who holds the execution's slot now. */
	public String expert(DelegateExecution execution) {
		return this.steps.expert(ProcessSubject.of(execution), SlotIndex.of(execution));
	}

	public Date declarationDue(DelegateExecution execution) {
		return Date.from(this.steps.declarationDue(ProcessSubject.of(execution), SlotIndex.of(execution)));
	}

	public Date reminderAt(DelegateExecution execution) {
		return Date.from(this.steps.reminderAt(ProcessSubject.of(execution), SlotIndex.of(execution)));
	}

	public Date scoringDue(DelegateExecution execution) {
		return Date.from(this.steps.scoringDue(ProcessSubject.of(execution), SlotIndex.of(execution)));
	}

	public boolean freeOfConflict(DelegateExecution execution) {
		return this.steps.isFreeOfConflict(ProcessSubject.of(execution), SlotIndex.of(execution));
	}

	public boolean vacant(DelegateExecution execution) {
		return this.steps.isVacant(ProcessSubject.of(execution), SlotIndex.of(execution));
	}

	public boolean consensusNeeded(DelegateExecution execution) {
		return this.steps.isConsensusNeeded(ProcessSubject.of(execution));
	}

	public boolean consensusApproved(DelegateExecution execution) {
		return this.steps.isConsensusApproved(ProcessSubject.of(execution));
	}

	public String rapporteur(DelegateExecution execution) {
		return this.steps.rapporteur(ProcessSubject.of(execution));
	}

	/**
	 * How many experts answer the consensus report: those who scored but the rapporteur.
	 */
	public int otherExpertCount(DelegateExecution execution) {
		return this.steps.otherExperts(ProcessSubject.of(execution)).size();
	}

	/** The expert who answers the consensus report in this instance of the answers. */
	public String otherExpert(DelegateExecution execution) {
		return this.steps.otherExperts(ProcessSubject.of(execution)).get(SlotIndex.of(execution));
	}

	/** The engine group of the officers of the programme of the proposal's call. */
	public String officers(DelegateExecution execution) {
		return Programme.groupIdOf(this.steps.programmeCode(ProcessSubject.of(execution)));
	}

}
