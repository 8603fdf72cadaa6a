package org.opencall.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.evaluation.domain.Evaluation;
import org.opencall.evaluation.domain.EvaluationRepository;
import org.opencall.evaluation.domain.EvaluationStatus;
import org.opencall.evaluation.domain.Slot;
import org.opencall.home.HomeItem;
import org.opencall.home.HomeLink;
import org.opencall.home.HomePanel;
import org.opencall.home.HomeSection;
import org.opencall.home.Viewer;
import org.opencall.identity.Roles;
import org.opencall.platform.PageFormat;
import org.opencall.submissions.SubmittedProposals;

import org.springframework.stereotype.Component;

/**
 * An expert's home page: the invitations waiting for their answer and the proposals they
 * evaluate, each with its next step and due date; the work itself is in Tasklist.
 */
@Component
class EvaluationHomeSection implements HomeSection {

	static final String ID = "my-evaluations";

	private static final int SHOWN = 10;

	private static final String TASKLIST = "/camunda/app/tasklist/default/";

	private final EvaluationRepository evaluations;

	private final CallInvitations invitations;

	private final SubmittedProposals proposals;

	private final CallCatalogue calls;

	private final PageFormat format;

	EvaluationHomeSection(EvaluationRepository evaluations, CallInvitations invitations, SubmittedProposals proposals,
			CallCatalogue calls, PageFormat format) {
		this.evaluations = evaluations;
		this.invitations = invitations;
		this.proposals = proposals;
		this.calls = calls;
		this.format = format;
	}

	@Override
	public List<HomePanel> panelsFor(Viewer viewer) {
		if (!viewer.is(Roles.EVALUATORS) && !viewer.is(Roles.EXPERTS)) {
			return List.of();
		}
		List<HomeItem> items = new ArrayList<>();
		this.invitations.ownInvitations(viewer.user())
			.stream()
			.filter(CallInvitationView::isOpen)
			.limit(SHOWN)
			.forEach((invitation) -> items.add(new HomeItem(invitation.callReference() + " · " + invitation.callTitle(),
					TASKLIST, "Invitation to evaluate", "INVITED",
					List.of("Answer by " + this.format.dateTime(invitation.respondBy(), "UTC") + ", "
							+ this.format.timeLeft(invitation.respondBy())),
					"Accept or decline the invitation in Tasklist")));
		for (Evaluation evaluation : this.evaluations.findHeldBy(viewer.user(), SHOWN)) {
			items.add(item(evaluation, viewer.user()));
		}
		return List.of(new HomePanel(ID, 10, "Your evaluations", items,
				"No invitation or assignment waits for you. Invitations to evaluate a call, and the proposals "
						+ "assigned to you once its eligibility is decided, appear here; the conflict declarations "
						+ "and the scoring come to your tasks above, in Tasklist.",
				List.of(new HomeLink("Your expert profile", "/experts/me"), new HomeLink("Open Tasklist", TASKLIST))));
	}

	private HomeItem item(Evaluation evaluation, String expert) {
		String reference = evaluation.submissionReference();
		CallView call = this.calls.call(evaluation.callReference(), null);
		String title = this.proposals.proposal(reference)
			.map((proposal) -> reference + " · " + proposal.title())
			.orElse(reference);
		int index = slotOf(evaluation, expert);
		Slot slot = evaluation.slot(index);
		return switch (slot.state()) {
			case ASSIGNED -> new HomeItem(title, TASKLIST, "Declare conflicts", "ASSIGNED",
					List.of(call.title(), due(evaluation.declarationDueAt(index), call)),
					"Declare in Tasklist whether you have a conflict of interest; the proposal opens to you after");
			case NO_CONFLICT_DECLARED -> new HomeItem(title, "/evaluations/" + reference, "To score",
					"NO_CONFLICT_DECLARED", List.of(call.title(), due(evaluation.scoringDueAt(index), call)),
					"Read the proposal here, then score it in Tasklist");
			default -> new HomeItem(title, "/evaluations/" + reference,
					(evaluation.status() == EvaluationStatus.CONSENSUS) ? "Consensus round" : "Scored", "SCORED",
					List.of(call.title()), (evaluation.status() == EvaluationStatus.CONSENSUS)
							? "Draft or answer the consensus report in Tasklist" : null);
		};
	}

	private String due(Instant at, CallView call) {
		return "Due " + this.format.dateTime(at, call.timeZone()) + ", " + this.format.timeLeft(at);
	}

	private static int slotOf(Evaluation evaluation, String expert) {
		for (int i = 0; i < evaluation.slots().size(); i++) {
			if (expert.equals(evaluation.slots().get(i).expert())) {
				return i;
			}
		}
		throw new IllegalStateException(expert + " holds no slot of " + evaluation.submissionReference());
	}

}
