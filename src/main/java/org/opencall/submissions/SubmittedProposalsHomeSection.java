package org.opencall.submissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.opencall.calls.CallOverview;
import org.opencall.home.HomeItem;
import org.opencall.home.HomeLink;
import org.opencall.home.HomePanel;
import org.opencall.home.HomeSection;
import org.opencall.home.Viewer;
import org.opencall.identity.Roles;
import org.opencall.platform.PageFormat;
import org.opencall.submissions.domain.Receipt;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionRepository;

import org.springframework.stereotype.Component;

/**
 * Submitted proposals on the home pages of those who read them: for a programme officer,
 * the eligibility checks due in their programmes' closed calls; for an auditor, the
 * proposals submitted last, with their history. Drafts stay their company's own.
 */
@Component
class SubmittedProposalsHomeSection implements HomeSection {

	private static final int SHOWN = 10;

	private final SubmissionRepository submissions;

	private final CallOverview calls;

	private final SubmittedTitles titles;

	private final SubmittedVersions versions;

	private final PageFormat format;

	SubmittedProposalsHomeSection(SubmissionRepository submissions, CallOverview calls, SubmittedTitles titles,
			SubmittedVersions versions, PageFormat format) {
		this.submissions = submissions;
		this.calls = calls;
		this.titles = titles;
		this.versions = versions;
		this.format = format;
	}

	@Override
	public List<HomePanel> panelsFor(Viewer viewer) {
		List<HomePanel> panels = new ArrayList<>();
		if (viewer.is(Roles.PROGRAMME_OFFICERS)) {
			panels.add(eligibilityChecks(viewer));
		}
		if (viewer.is(Roles.AUDITORS)) {
			panels.add(toInspect());
		}
		return panels;
	}

	private HomePanel eligibilityChecks(Viewer viewer) {
		List<String> closed = this.calls.closedCallsOf(viewer.user());
		List<Submission> due = closed.isEmpty() ? List.of() : this.submissions.findAwaitingEligibilityIn(closed, SHOWN);
		int total = (due.size() < SHOWN) ? due.size() : this.submissions.countAwaitingEligibilityIn(closed);
		Map<UUID, SubmittedTitles.Named> named = this.titles.of(due);
		List<HomeItem> items = due.stream().map((proposal) -> {
			SubmittedTitles.Named name = named.get(proposal.id());
			List<String> facts = List.of("Call " + proposal.callReference(), name.organisation(),
					proposal.isEligibleByRules() ? "The eligibility rules found no reason to exclude it"
							: "The eligibility rules found it not eligible: "
									+ String.join("; ", proposal.ineligibilityReasons()));
			return new HomeItem(name.title(), "/officer/submissions/" + proposal.reference(),
					SubmissionState.SUBMITTED.label(), SubmissionState.SUBMITTED.name(), facts,
					"Confirm its admissibility, or override the rules with a written reason");
		}).toList();
		return new HomePanel("eligibility-checks", 12,
				(total == 0) ? "Eligibility checks due" : "Eligibility checks due (" + total + ")", items,
				"No eligibility check is due: checks fall due when a call of your programmes closes, one for "
						+ "each proposal submitted to it, and every one due so far has been decided.",
				List.of(new HomeLink("My programmes' calls", "/officer/calls")));
	}

	private HomePanel toInspect() {
		List<Submission> latest = this.submissions.findLatestSubmitted(SHOWN);
		int total = (latest.size() < SHOWN) ? latest.size() : this.submissions.countSubmitted();
		Map<UUID, SubmittedTitles.Named> named = this.titles.of(latest);
		Map<UUID, List<Receipt>> receipts = this.versions.receipts(latest.stream().map(Submission::id).toList());
		List<HomeItem> items = latest.stream().map((proposal) -> {
			SubmittedTitles.Named name = named.get(proposal.id());
			List<Receipt> its = receipts.getOrDefault(proposal.id(), List.of());
			List<String> facts = new ArrayList<>(List.of("Call " + proposal.callReference(), name.organisation()));
			if (!its.isEmpty()) {
				Receipt last = its.get(its.size() - 1);
				facts.add("Version " + last.version() + " submitted " + this.format.dateTime(last.submittedAt(), null));
			}
			SubmissionState state = SubmissionState.valueOf(proposal.status().name());
			return new HomeItem(name.title(), "/officer/submissions/" + proposal.reference(), state.label(),
					state.name(), facts, null,
					List.of(new HomeLink("History", "/audit/submissions/" + proposal.reference())));
		}).toList();
		return new HomePanel("proposals-to-inspect", 11,
				(total == 0) ? "Proposals to inspect" : "Proposals to inspect (" + total + ")", items,
				"No proposal has been submitted yet: a proposal is its company's own until it is first submitted.",
				List.of(new HomeLink("Every programme's calls and their proposals", "/officer/calls")));
	}

}
