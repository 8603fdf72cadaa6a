package org.opencall.calls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opencall.calls.ProposalCounts.Proposals;
import org.opencall.home.HomeItem;
import org.opencall.home.HomeLink;
import org.opencall.home.HomePanel;
import org.opencall.home.HomeSection;
import org.opencall.home.Viewer;
import org.opencall.identity.Roles;
import org.opencall.platform.PageFormat;

import org.springframework.stereotype.Component;

/**
 * The calls on a home page: a programme officer's programmes' calls, each with what it
 * waits for; for an auditor, every programme's calls with their history. The proposal
 * counts come from the submissions module through {@link ProposalCounts}.
 */
@Component
class CallHomeSection implements HomeSection {

	private static final int SHOWN = 10;

	private final CallOverview overview;

	private final List<ProposalCounts> counts;

	private final CallFacts facts;

	private final CallCatalogue catalogue;

	CallHomeSection(CallOverview overview, CallCatalogue catalogue, List<ProposalCounts> counts, PageFormat format) {
		this.overview = overview;
		this.catalogue = catalogue;
		this.counts = counts;
		this.facts = new CallFacts(format);
	}

	@Override
	public List<HomePanel> panelsFor(Viewer viewer) {
		List<HomePanel> panels = new ArrayList<>();
		if (viewer.is(Roles.PROGRAMME_OFFICERS)) {
			panels.add(officerPanel(viewer));
		}
		if (viewer.is(Roles.AUDITORS)) {
			panels.add(auditorPanel(viewer));
		}
		return panels;
	}

	private HomePanel officerPanel(Viewer viewer) {
		if (this.catalogue.programmesOf(viewer.user()).isEmpty()) {
			return new HomePanel("programme-calls", 10, "My programmes' calls", List.of(),
					"You are no officer of any programme yet, so no call is yours: an administrator adds you to "
							+ "a programme's group.",
					List.of());
		}
		CallSummary.Screenful calls = this.overview.ofProgrammes(viewer.user(), SHOWN);
		Map<String, Proposals> proposals = proposalsOf(calls.calls());
		List<HomeItem> items = calls.calls()
			.stream()
			.map((call) -> item(call, this.facts.forOfficer(call, proposals.get(call.reference())),
					this.facts.nextStep(viewer.user(), call, proposals.get(call.reference())), List.of()))
			.toList();
		return new HomePanel("programme-calls", 10, titled("My programmes' calls", calls), items,
				"Your programmes have no call yet. Draft one: a second officer of the programme approves it, "
						+ "and it opens by itself at its opening time.",
				List.of(new HomeLink(allText("All calls", calls), "/officer/calls"),
						new HomeLink("Draft a new call", "/officer/calls/new")));
	}

	private HomePanel auditorPanel(Viewer viewer) {
		CallSummary.Screenful calls = this.overview.ofProgrammes(viewer.user(), SHOWN);
		Map<String, Proposals> proposals = proposalsOf(calls.calls());
		List<HomeItem> items = calls.calls()
			.stream()
			.map((call) -> item(call, this.facts.forAuditor(call, proposals.get(call.reference())), null,
					List.of(new HomeLink("History", "/audit/calls/" + call.reference()))))
			.toList();
		return new HomePanel("calls-to-inspect", 10, titled("Calls to inspect", calls), items,
				"No programme has a call yet: a call appears here as soon as an officer saves its first draft.",
				List.of(new HomeLink(allText("All programmes' calls", calls), "/officer/calls")));
	}

	private static HomeItem item(CallSummary call, List<String> facts, String nextStep, List<HomeLink> links) {
		return new HomeItem(call.reference() + " · " + call.title(), "/officer/calls/" + call.reference(),
				call.status().label(), call.status().name(), facts, nextStep, links);
	}

	/** The counts of every call shown, in one query. */
	private Map<String, Proposals> proposalsOf(List<CallSummary> calls) {
		Map<String, Proposals> all = new HashMap<>();
		List<String> references = calls.stream().map(CallSummary::reference).toList();
		if (!references.isEmpty()) {
			this.counts.forEach((port) -> all.putAll(port.of(references)));
		}
		return all;
	}

	private static String titled(String title, CallSummary.Screenful calls) {
		return (calls.total() == 0) ? title : title + " (" + calls.total() + ")";
	}

	private static String allText(String text, CallSummary.Screenful calls) {
		return (calls.total() > calls.calls().size()) ? text + " (" + calls.total() + ")" : text;
	}

}
