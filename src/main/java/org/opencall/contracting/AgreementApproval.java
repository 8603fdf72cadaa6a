package org.opencall.contracting;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.contracting.domain.AgreementRules;
import org.opencall.contracting.domain.AgreementTerms;
import org.opencall.contracting.domain.Grant;
import org.opencall.contracting.domain.Instalment;
import org.opencall.contracting.domain.GrantRepository;
import org.opencall.contracting.process.ContractingEngine;
import org.opencall.contracting.process.ContractingProcess;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.PageFormat;
import org.opencall.platform.TaskText;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The four-eyes grant agreement: one officer of the programme prepares the draft, a
 * second one approves it (and it is offered) or sends it back. Both act by completing
 * their task, in Tasklist or here; either way the task's listener records it through
 * {@link #recordPreparation} and {@link #recordReview}, so that the rules hold whichever
 * way the task is completed.
 */
@Service
@Transactional
public class AgreementApproval {

	private final GrantAccess access;

	private final GrantRepository grants;

	private final CallCatalogue calls;

	private final ContractingEngine engine;

	private final GrantMails mails;

	private final GrantSettings settings;

	private final PageFormat format;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgreementApproval(GrantAccess access, GrantRepository grants, CallCatalogue calls, ContractingEngine engine,
			GrantMails mails, GrantSettings settings, PageFormat format, ApplicationEventPublisher events,
			Clock clock) {
		this.access = access;
		this.grants = grants;
		this.calls = calls;
		this.engine = engine;
		this.mails = mails;
		this.settings = settings;
		this.format = format;
		this.events = events;
		this.clock = clock;
	}

	/** The officer declares the draft ready for a second officer. */
	public void prepare(String officer, String reference) {
		this.access.asOfficer(officer, reference);
		this.engine.completePreparation(reference, officer);
	}

	/** A second officer approves the agreement ({@code approve}) or sends it back. */
	public void review(String officer, String reference, String decision, String comment) {
		this.access.asOfficer(officer, reference);
		this.engine.completeReview(reference, officer, decision, comment);
	}

	void recordPreparation(String reference, String officer) {
		Grant grant = officerOfProgramme(reference, officer);
		CallView call = this.calls.call(grant.callReference(), null);
		Object prepared = grant.prepare(officer, call.maxGrant(), this.settings.planRules(), this.clock.instant());
		this.grants.save(grant);
		this.mails.prepared(grant);
		this.events.publishEvent(prepared);
	}

	void recordReview(String reference, String officer, String decision, String comment) {
		Grant grant = officerOfProgramme(reference, officer);
		String preparer = grant.preparedBy();
		Object event;
		if (ContractingProcess.DECISION_APPROVE.equals(decision)) {
			event = grant.approve(officer, comment, this.clock.instant(), this.settings.acceptancePeriod());
			this.grants.save(grant);
		}
		else if (ContractingProcess.DECISION_SEND_BACK.equals(decision)) {
			event = grant.sendBack(officer, comment);
			this.grants.save(grant);
			this.mails.sentBack(grant, preparer, this.clock.instant().toEpochMilli());
		}
		else {
			throw InvalidInputException.of("decision", "must be approve or sendBack");
		}
		this.events.publishEvent(event);
	}

	void requireSecondOfficer(String reference, String officer) {
		this.access.byReference(reference).requireSecondOfficer(officer);
	}

	/** What the officers' task forms show of the grant and its draft. */
	Map<String, Object> taskContext(String reference) {
		Grant grant = this.access.byReference(reference);
		CallView call = this.calls.call(grant.callReference(), null);
		Map<String, Object> context = new HashMap<>();
		context.put(ContractingProcess.VAR_GRANT_REFERENCE, grant.reference());
		context.put(ContractingProcess.VAR_CALL_REFERENCE, grant.callReference());
		context.put(ContractingProcess.VAR_PROPOSAL_TITLE, grant.submissionReference() + " · " + grant.title());
		context.put(ContractingProcess.VAR_COMPANY, grant.companyName());
		context.put(ContractingProcess.VAR_REQUESTED_AMOUNT,
				this.format.money(grant.requestedAmount(), grant.currency()));
		context.put(ContractingProcess.VAR_AGREEMENT_SUMMARY,
				TaskText.fitted(summary(grant.draft(), grant.currency())));
		List<FieldViolation> problems = (grant.draft() != null) ? AgreementRules.violations(grant.draft(),
				grant.requestedAmount(), call.maxGrant(), this.settings.planRules()) : List.of();
		context.put(ContractingProcess.VAR_DRAFT_PROBLEMS,
				problems.isEmpty() ? "None: the draft respects every rule." : TaskText.fitted(
						problems.stream().map((v) -> v.field() + " " + v.reason()).collect(Collectors.joining("\n"))));
		context.put(ContractingProcess.VAR_SENT_BACK_COMMENT,
				(grant.sentBackComment() != null) ? grant.sentBackComment() : "");
		context.put(ContractingProcess.VAR_PREPARED_BY, (grant.preparedBy() != null) ? grant.preparedBy() : "");
		return context;
	}

	private String summary(AgreementTerms terms, String currency) {
		if (terms == null) {
			return "Not drafted yet.";
		}
		StringBuilder text = new StringBuilder();
		text.append("Amount: ").append(this.format.money(terms.amount(), currency)).append('\n');
		text.append("Period: ")
			.append(terms.startDate())
			.append(" to ")
			.append(terms.endDate())
			.append(" (")
			.append(terms.durationMonths())
			.append(" months)\n");
		text.append("Host organisation: ")
			.append((terms.hostOrganisation() != null) ? terms.hostOrganisation() : "not chosen yet")
			.append('\n');
		terms.milestones()
			.forEach((m) -> text.append("Milestone ")
				.append(m.number())
				.append(": ")
				.append(m.title())
				.append(", due ")
				.append(m.dueDate())
				.append('\n'));
		terms.instalments()
			.forEach((i) -> text.append("Payment ")
				.append(i.number())
				.append(": ")
				.append(i.percent().stripTrailingZeros().toPlainString())
				.append(" % = ")
				.append(this.format.money(i.amount(), currency))
				.append(Instalment.AT_SIGNATURE.equals(i.trigger()) ? " at signature"
						: " after milestone " + i.milestone())
				.append('\n'));
		terms.indicators()
			.forEach((i) -> text.append("Indicator: ")
				.append(i.name())
				.append(" (")
				.append(i.unit())
				.append("), ")
				.append(i.baseline().toPlainString())
				.append(" → ")
				.append(i.target().toPlainString())
				.append('\n'));
		return text.toString().strip();
	}

	private Grant officerOfProgramme(String reference, String officer) {
		Grant grant = this.access.byReference(reference);
		this.access.requireOfficerOf(grant.programmeCode(), officer,
				"Only a project or programme officer of the grant's programme prepares and approves its agreement");
		return grant;
	}

}
