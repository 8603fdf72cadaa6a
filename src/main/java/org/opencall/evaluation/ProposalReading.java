package org.opencall.evaluation;

import java.util.UUID;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.evaluation.domain.Evaluation;
import org.opencall.evaluation.domain.EvaluationRepository;
import org.opencall.evaluation.domain.EvaluationStatus;
import org.opencall.evaluation.domain.SlotState;
import org.opencall.identity.Directory;
import org.opencall.identity.Roles;
import org.opencall.platform.NotFoundException;
import org.opencall.submissions.DocumentDownload;
import org.opencall.submissions.ProposalToEvaluate;
import org.opencall.submissions.ProposalsToEvaluate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who reads a proposal under evaluation: the experts holding one of the slots of its
 * latest round who declared no conflict, while that round runs (an expert of an earlier
 * round no longer reads it); the officers of its call's programme, who moderate;
 * auditors. For anybody else, an expert in conflict included, the proposal does not
 * exist.
 */
@Service
@Transactional(readOnly = true)
public class ProposalReading {

	private final EvaluationRepository evaluations;

	private final ProposalsToEvaluate proposals;

	private final CallCatalogue calls;

	private final Directory directory;

	ProposalReading(EvaluationRepository evaluations, ProposalsToEvaluate proposals, CallCatalogue calls,
			Directory directory) {
		this.evaluations = evaluations;
		this.proposals = proposals;
		this.calls = calls;
		this.directory = directory;
	}

	public ProposalForExperts proposal(String userId, String submissionReference) {
		Evaluation evaluation = readable(userId, submissionReference);
		ProposalToEvaluate proposal = this.proposals.eligible(submissionReference);
		CallView call = this.calls.call(evaluation.callReference(), null);
		boolean blind = call.evaluation().blindEvaluation() && !readsInFull(userId, call);
		return new ProposalForExperts(proposal.reference(), call.reference(), call.title(), proposal.challenge(),
				proposal.title(), proposal.acronym(), proposal.summary(),
				proposal.keywords().stream().sorted().toList(), proposal.requestedAmount(), call.currency(),
				proposal.trl(), proposal.partners(), blind, blind ? null : proposal.organisation(),
				blind ? null : proposal.country(), blind ? null : proposal.team(), proposal.documents());
	}

	public DocumentDownload document(String userId, String submissionReference, UUID documentId) {
		readable(userId, submissionReference);
		return this.proposals.document(submissionReference, documentId);
	}

	private Evaluation readable(String userId, String submissionReference) {
		Evaluation evaluation = this.evaluations.findBySubmission(submissionReference)
			.orElseThrow(() -> notFound(submissionReference));
		boolean expert = evaluation.status() != EvaluationStatus.COMPLETED && evaluation.slots()
			.stream()
			.anyMatch((slot) -> userId.equals(slot.expert())
					&& (slot.state() == SlotState.NO_CONFLICT_DECLARED || slot.state() == SlotState.SCORED));
		if (!expert && !readsInFull(userId, this.calls.call(evaluation.callReference(), null))) {
			throw notFound(submissionReference);
		}
		return evaluation;
	}

	/** Officers of the call's programme and auditors read every proposal in full. */
	private boolean readsInFull(String userId, CallView call) {
		return this.directory.groupsOf(userId).contains(Roles.AUDITORS)
				|| this.calls.programmesOf(userId).stream().anyMatch((p) -> p.code().equals(call.programmeCode()));
	}

	private static NotFoundException notFound(String submissionReference) {
		return new NotFoundException("No proposal " + submissionReference + " to evaluate for you");
	}

}
