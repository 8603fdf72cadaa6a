package org.opencall.submissions;

import java.math.BigDecimal;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;
import org.opencall.calls.CallReview;
import org.opencall.calls.CallView;
import org.opencall.calls.ReviewDecision;
import org.opencall.needs.NeedFixtures;
import org.opencall.submissions.domain.Declaration;
import org.opencall.reporting.process.ReportingProcess;

import org.springframework.stereotype.Component;

/**
 * Open calls and complete proposals for tests.
 */
@Component
public class SubmissionFixtures {

	public static final String CHALLENGE = "Heart failure at home";

	private final CallDrafting drafting;

	private final CallReview review;

	private final RuntimeService runtimeService;

	private final ManagementService managementService;

	private final ProposalDrafting proposals;

	private final ProposalSubmitting submitting;

	SubmissionFixtures(CallDrafting drafting, CallReview review, RuntimeService runtimeService,
			ManagementService managementService, ProposalDrafting proposals, ProposalSubmitting submitting) {
		this.drafting = drafting;
		this.review = review;
		this.runtimeService = runtimeService;
		this.managementService = managementService;
		this.proposals = proposals;
		this.submitting = submitting;
	}

	/** A proposal of the applicant's organisation with its documents, submitted. */
	public String submitted(String applicant, CallView call) {
		String reference = this.proposals.draft(applicant, call.reference(), homeMonitoring());
		this.proposals.upload(applicant, reference, "technical-proposal", "proposal.pdf", NeedFixtures.pdf());
		this.proposals.upload(applicant, reference, "budget", "budget.pdf", NeedFixtures.pdf());
		this.submitting.submit(applicant, reference, null);
		return reference;
	}

	/**
	 * A call of the founding programme, approved and opened by its timer (the clock moves
	 * to its opening).
	 */
	public CallView openCall() {
		String reference = CallFixtures.newReference();
		CallView call = this.drafting.draft("olivia", CallFixtures.FOUNDING, reference,
				CallFixtures.remoteMonitoring());
		this.drafting.submitForApproval("olivia", reference);
		this.review.review("oscar", reference, ReviewDecision.APPROVE, null);
		fireNextTimer(reference);
		return call;
	}

	/**
	 * Moves the engine clock past the next timer of the process with this business key
	 * and runs it.
	 */
	public void fireNextTimer(String businessKey) {
		String instance = this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.processDefinitionKeyNotIn(ReportingProcess.KEY)
			.singleResult()
			.getId();
		Job timer = this.managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
		if (ClockUtil.getCurrentTime().before(timer.getDuedate())) {
			ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
		}
		this.managementService.executeJob(timer.getId());
	}

	/** Runs the asynchronous continuations of a process, such as the acknowledgement. */
	public void runAsyncJobs(String businessKey) {
		String instance = this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.processDefinitionKeyNotIn(ReportingProcess.KEY)
			.singleResult()
			.getId();
		this.managementService.createJobQuery()
			.processInstanceId(instance)
			.messages()
			.list()
			.forEach((job) -> this.managementService.executeJob(job.getId()));
	}

	public static ProposalInput homeMonitoring() {
		return new ProposalInput(CHALLENGE, "CardioWatch home monitoring", "CARDIOWATCH",
				"Wearable sensors and a triage dashboard for heart-failure nurses.", new BigDecimal("48000"), 6,
				"Two engineers and a cardiologist", "Coimbra University Hospital",
				Set.of(Declaration.values()).stream().map(Enum::name).collect(Collectors.toSet()),
				List.of("heart failure", "remote monitoring", "wearables"));
	}

	public static Map<String, Object> homeMonitoringJson(String call) {
		ProposalInput p = homeMonitoring();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("call", call);
		json.put("challenge", p.challenge());
		json.put("title", p.title());
		json.put("acronym", p.acronym());
		json.put("summary", p.summary());
		json.put("requestedAmount", p.requestedAmount());
		json.put("trl", p.trl());
		json.put("team", p.team());
		json.put("partners", p.partners());
		json.put("declarations", List.copyOf(p.declarations()));
		json.put("keywords", p.keywords());
		return json;
	}

	public static ProposalInput withTrl(int trl) {
		ProposalInput p = homeMonitoring();
		return new ProposalInput(p.challenge(), p.title(), p.acronym(), p.summary(), p.requestedAmount(), trl, p.team(),
				p.partners(), p.declarations(), p.keywords());
	}

	public static ProposalInput withAmount(String amount) {
		ProposalInput p = homeMonitoring();
		return new ProposalInput(p.challenge(), p.title(), p.acronym(), p.summary(), new BigDecimal(amount), p.trl(),
				p.team(), p.partners(), p.declarations(), p.keywords());
	}

}
