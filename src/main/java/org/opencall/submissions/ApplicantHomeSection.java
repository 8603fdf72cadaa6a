package org.opencall.submissions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.opencall.calls.CallOverview;
import org.opencall.calls.CallSummary;
import org.opencall.home.HomeItem;
import org.opencall.home.HomeLink;
import org.opencall.home.HomePanel;
import org.opencall.home.HomeSection;
import org.opencall.home.Viewer;
import org.opencall.identity.Directory;
import org.opencall.identity.Organisation;
import org.opencall.identity.Roles;
import org.opencall.platform.FieldLabels;
import org.opencall.platform.PageFormat;
import org.opencall.submissions.domain.ApplyingOrganisation;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionRepository;

import org.springframework.stereotype.Component;

/**
 * An applicant's home: their organisation's proposals with where each stands, its call's
 * deadline and what to do next; then the open calls their organisation may apply to. Only
 * their own organisation's proposals, as on the proposal pages.
 */
@Component
class ApplicantHomeSection implements HomeSection {

	private static final int SHOWN = 10;

	private final Directory directory;

	private final SubmissionRepository submissions;

	private final CallOverview calls;

	private final ProposalNextStep nextStep;

	private final SubmissionAccess access;

	private final SubmissionSettings settings;

	private final PageFormat format;

	private final Clock clock;

	ApplicantHomeSection(Directory directory, SubmissionRepository submissions, CallOverview calls,
			SubmissionSettings settings, FieldLabels labels, PageFormat format, Clock clock, SubmissionAccess access) {
		this.directory = directory;
		this.submissions = submissions;
		this.calls = calls;
		this.nextStep = new ProposalNextStep(settings.mandatoryDocuments(), labels);
		this.access = access;
		this.settings = settings;
		this.format = format;
		this.clock = clock;
	}

	@Override
	public List<HomePanel> panelsFor(Viewer viewer) {
		if (!viewer.is(Roles.APPLICANTS)) {
			return List.of();
		}
		Optional<Organisation> organisation = this.directory.organisationOf(viewer.user());
		if (organisation.isEmpty()) {
			return List.of(new HomePanel("our-proposals", 10, "Our proposals", List.of(),
					"You belong to no organisation, so no proposal is yours. Register your company, or ask a "
							+ "colleague already registered to invite you.",
					List.of(new HomeLink("Register a company", "/register"))));
		}
		return List.of(ourProposals(organisation.get()), openCalls(organisation.get()));
	}

	private HomePanel ourProposals(Organisation organisation) {
		List<Submission> proposals = this.submissions.findLatestOfOrganisation(organisation.id(), SHOWN);
		int total = (proposals.size() < SHOWN) ? proposals.size()
				: this.submissions.countOfOrganisation(organisation.id());
		Map<String, CallSummary> callsOf = this.calls
			.published(proposals.stream().map(Submission::callReference).collect(Collectors.toSet()));
		ApplyingOrganisation applying = this.access.applying(organisation);
		List<HomeItem> items = proposals.stream()
			.map((p) -> proposal(p, callsOf.get(p.callReference()), applying))
			.toList();
		String all = (total > proposals.size()) ? "All " + total + " proposals" : "All our proposals";
		return new HomePanel("our-proposals", 10, (total == 0) ? "Our proposals" : "Our proposals (" + total + ")",
				items, organisation.name() + " has no proposal yet. Pick an open call below and write one: it stays "
						+ "your organisation's own until you submit it.",
				List.of(new HomeLink(all, "/submissions")));
	}

	private HomeItem proposal(Submission proposal, CallSummary call, ApplyingOrganisation applying) {
		String title = proposal.content().title();
		SubmissionState state = SubmissionState.valueOf(proposal.status().name());
		List<String> facts = new ArrayList<>();
		facts.add("Call " + proposal.callReference() + ((call != null) ? " · " + call.title() : ""));
		if (call != null) {
			facts.add("Deadline " + this.format.dateTime(call.deadline(), call.timeZone()) + ", "
					+ this.format.timeLeft(call.deadline()));
		}
		if (proposal.submittedVersion() > 0) {
			facts.add("Version " + proposal.submittedVersion() + " submitted");
		}
		String next = (call != null)
				? this.nextStep.of(proposal,
						() -> proposal.missingForSubmission(this.access.window(proposal.callReference()),
								this.settings.mandatoryDocuments(), applying),
						call.deadline(), this.clock.instant())
				: null;
		return new HomeItem(proposal.reference() + " · " + ((title != null && !title.isBlank()) ? title : "untitled"),
				"/submissions/" + proposal.reference(), state.label(), state.name(), facts, next);
	}

	private HomePanel openCalls(Organisation organisation) {
		CallSummary.Screenful open = this.calls.openTo(organisation.country(), organisation.type().name(), SHOWN);
		Set<String> applied = open.calls().isEmpty() ? Set.of() : Set.copyOf(this.submissions
			.callsWithProposalsOf(organisation.id(), open.calls().stream().map(CallSummary::reference).toList()));
		List<HomeItem> items = open.calls().stream().map((call) -> openCall(call, applied)).toList();
		String title = "Open calls you could apply to";
		return new HomePanel("open-calls", 20, (open.total() == 0) ? title : title + " (" + open.total() + ")", items,
				"No call open now accepts proposals from a " + organisation.type().label() + " in "
						+ organisation.country() + ". Upcoming calls are listed under Calls: follow one to be "
						+ "mailed when it opens.",
				List.of(new HomeLink("All open and upcoming calls", "/calls")));
	}

	private HomeItem openCall(CallSummary call, Set<String> applied) {
		List<String> facts = List.of(call.programmeName(),
				"Deadline " + this.format.dateTime(call.deadline(), call.timeZone()) + ", "
						+ this.format.timeLeft(call.deadline()),
				"Grants up to " + this.format.money(call.maxGrant(), call.currency()));
		boolean hasProposal = applied.contains(call.reference());
		return new HomeItem(call.reference() + " · " + call.title(), "/calls/" + call.reference(),
				call.status().label(), call.status().name(), facts,
				hasProposal ? "Your organisation has a proposal to this call: see it under Our proposals"
						: "Write a proposal before the deadline",
				hasProposal ? List.of()
						: List.of(new HomeLink("Write a proposal", "/submissions/new?call=" + call.reference())));
	}

}
