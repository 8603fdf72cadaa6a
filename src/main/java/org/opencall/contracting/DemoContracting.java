package org.opencall.contracting;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;

import org.opencall.contracting.domain.Grant;
import org.opencall.contracting.process.ContractingProcess;
import org.opencall.evaluation.DemoPast;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A demo call's contracting, lived in its past ({@link DemoPast}) through the real use
 * cases: a selected company's agreement drafted and prepared by peter, approved by pia a
 * day later and offered, and accepted by the company with every declaration two days
 * after. Demo profile only.
 */
@Component
@Profile("demo")
public class DemoContracting {

	private final DemoPast past;

	private final AgreementDrafting drafting;

	private final AgreementApproval approval;

	private final CompanyAnswer answer;

	private final RuntimeService runtimeService;

	DemoContracting(DemoPast past, AgreementDrafting drafting, AgreementApproval approval, CompanyAnswer answer,
			RuntimeService runtimeService) {
		this.past = past;
		this.drafting = drafting;
		this.approval = approval;
		this.answer = answer;
		this.runtimeService = runtimeService;
	}

	/**
	 * The grant of the selected proposal signed, once its contracting has started after
	 * the funding decision: peter drafts and prepares this agreement, pia approves it the
	 * next day, it is offered, and the company's applicant accepts it with every
	 * declaration two days later. Answers the grant's reference.
	 */
	public String sign(String submissionReference, AgreementInput agreement, String applicant) {
		String grant = Grant.referenceOf(submissionReference);
		this.past.await("The contracting of grant " + grant, () -> contractingStarted(grant));
		this.drafting.draft("peter", grant, agreement);
		this.approval.prepare("peter", grant);
		this.past.later(Duration.ofDays(1));
		this.approval.review("pia", grant, ContractingProcess.DECISION_APPROVE, "Checked against the proposal.");
		this.past.runJobs(grant);
		this.past.later(Duration.ofDays(2));
		this.answer.accept(applicant, grant, List.copyOf(GrantDeclarations.all().keySet()));
		return grant;
	}

	private boolean contractingStarted(String grant) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(ContractingProcess.KEY)
			.processInstanceBusinessKey(grant)
			.count() > 0;
	}

}
