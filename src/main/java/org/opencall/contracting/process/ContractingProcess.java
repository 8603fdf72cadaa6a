package org.opencall.contracting.process;

/**
 * Element ids, message, variables and values of {@code bpmn/contracting.bpmn}.
 */
public final class ContractingProcess {

	public static final String KEY = "contracting";

	public static final String START = "StartEvent_ProposalSelected";

	public static final String TASK_PREPARE = "Task_PrepareGrantAgreement";

	public static final String TASK_APPROVE = "Task_ApproveGrantAgreement";

	public static final String GATEWAY_APPROVED = "Gateway_AgreementApproved";

	public static final String TASK_OFFER = "Task_OfferAgreement";

	public static final String TASK_AWAIT_ACCEPTANCE = "Task_AwaitAcceptance";

	public static final String EVENT_REMINDER = "Event_AcceptanceReminder";

	public static final String EVENT_DEADLINE = "Event_AcceptanceDeadline";

	public static final String TASK_REMIND = "Task_RemindCompany";

	public static final String END_REMINDED = "EndEvent_Reminded";

	public static final String GATEWAY_ACCEPTED = "Gateway_Accepted";

	public static final String GATEWAY_NOT_SIGNED = "Gateway_NotSigned";

	public static final String TASK_PROMOTE_RESERVE = "Task_PromoteReserve";

	public static final String END_SIGNED = "EndEvent_GrantSigned";

	public static final String END_NOT_SIGNED = "EndEvent_NotSigned";

	/** Correlated by the grant reference once the company answered through Opencall. */
	public static final String MESSAGE_ANSWERED = "GrantAgreementAnswered";

	/** Context of both officers' tasks (task-local, set by the application). */
	public static final String VAR_GRANT_REFERENCE = "grantReference";

	public static final String VAR_CALL_REFERENCE = "callReference";

	public static final String VAR_PROPOSAL_TITLE = "proposalTitle";

	public static final String VAR_COMPANY = "company";

	public static final String VAR_REQUESTED_AMOUNT = "requestedAmount";

	public static final String VAR_AGREEMENT_SUMMARY = "agreementSummary";

	public static final String VAR_DRAFT_PROBLEMS = "draftProblems";

	public static final String VAR_SENT_BACK_COMMENT = "sentBackComment";

	public static final String VAR_PREPARED_BY = "preparedBy";

	/** The form fields a user submits. */
	public static final String VAR_DECISION = "decision";

	public static final String VAR_COMMENT = "comment";

	public static final String DECISION_APPROVE = "approve";

	public static final String DECISION_SEND_BACK = "sendBack";

	private ContractingProcess() {
	}

}
