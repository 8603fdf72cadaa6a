package org.opencall.needs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencall.home.HomeItem;
import org.opencall.home.HomeLink;
import org.opencall.home.HomePanel;
import org.opencall.home.HomeSection;
import org.opencall.home.Viewer;
import org.opencall.identity.Directory;
import org.opencall.identity.Organisation;
import org.opencall.identity.Roles;
import org.opencall.needs.domain.CareSetting;
import org.opencall.platform.PageFormat;

import org.springframework.stereotype.Component;

/**
 * Needs on the home pages: for a programme officer, the needs waiting for triage (one
 * backlog for all programmes, as on the needs pages); for a need owner, their
 * organisation's needs with where each stands and the challenges and calls it went into.
 */
@Component
class NeedHomeSection implements HomeSection {

	private static final int SHOWN = 10;

	private final NeedHomeLists lists;

	private final Directory directory;

	private final PageFormat format;

	NeedHomeSection(NeedHomeLists lists, Directory directory, PageFormat format) {
		this.lists = lists;
		this.directory = directory;
		this.format = format;
	}

	@Override
	public List<HomePanel> panelsFor(Viewer viewer) {
		List<HomePanel> panels = new ArrayList<>();
		if (viewer.is(Roles.NEED_OWNERS)) {
			panels.add(ourNeeds(viewer));
		}
		if (viewer.is(Roles.PROGRAMME_OFFICERS)) {
			panels.add(toTriage());
		}
		return panels;
	}

	private HomePanel toTriage() {
		NeedHomeLists.Screenful waiting = this.lists.toTriage(SHOWN);
		Map<UUID, Organisation> organisations = this.directory.organisations(
				waiting.needs().stream().map(NeedHomeLists.Listed::organisationId).collect(Collectors.toSet()));
		List<HomeItem> items = waiting.needs().stream().map((need) -> {
			Organisation organisation = organisations.get(need.organisationId());
			List<String> facts = List.of((organisation != null) ? organisation.name() : "",
					CareSetting.valueOf(need.careSetting()).label(), "Urgency " + words(need.urgency()),
					"Stated " + this.format.date(need.submittedAt(), null));
			return item(need, "/officer/needs/", facts,
					"Triage it: validate it, reject it, ask its owner a question or merge it into its duplicate");
		}).toList();
		return new HomePanel("needs-to-triage", 11, titled("Needs to triage", waiting), items,
				"No need waits for triage: every need stated so far has been validated, rejected or merged, "
						+ "or waits for its owner's answer to a question.",
				List.of(new HomeLink("The needs backlog", "/officer/needs"),
						new HomeLink("Challenges", "/officer/challenges")));
	}

	private HomePanel ourNeeds(Viewer viewer) {
		Optional<Organisation> organisation = this.directory.organisationOf(viewer.user());
		if (organisation.isEmpty()) {
			return new HomePanel("our-needs", 10, "Our needs", List.of(),
					"You belong to no organisation, so no need is yours; ask an administrator to add you to yours.",
					List.of());
		}
		NeedHomeLists.Screenful ours = this.lists.ofOrganisation(organisation.get().id(), SHOWN);
		Map<String, List<NeedView.Trace>> traces = this.lists
			.traces(ours.needs().stream().map(NeedHomeLists.Listed::reference).toList());
		List<HomeItem> items = ours.needs()
			.stream()
			.map((need) -> item(need, "/needs/", ownerFacts(need, traces.getOrDefault(need.reference(), List.of())),
					NeedOwnerSteps.next(need.status())))
			.toList();
		return new HomePanel("our-needs", 10, titled("Our needs", ours), items,
				organisation.get().name() + " has stated no need yet. State one: a programme officer triages it, "
						+ "and validated needs become the challenges of calls.",
				List.of(new HomeLink("All our needs", "/needs"), new HomeLink("State a new need", "/needs/new")));
	}

	private List<String> ownerFacts(NeedHomeLists.Listed need, List<NeedView.Trace> trace) {
		List<String> facts = new ArrayList<>();
		facts.add("Stated by " + need.submittedBy() + " on " + this.format.date(need.submittedAt(), null));
		if (need.status() == NeedState.REJECTED && need.rejectionReason() != null) {
			facts.add("Reason: " + need.rejectionReason());
		}
		if (need.status() == NeedState.MERGED && need.mergedInto() != null) {
			facts.add("Merged into " + need.mergedInto());
		}
		trace.forEach((t) -> facts.add("Challenge “" + t.challenge() + "” → "
				+ ((t.callReference() != null) ? "call " + t.callReference() : "no call yet")));
		if (trace.isEmpty() && need.status() == NeedState.VALIDATED) {
			facts.add("Not yet part of a challenge");
		}
		return facts;
	}

	private static HomeItem item(NeedHomeLists.Listed need, String path, List<String> facts, String next) {
		return new HomeItem(need.reference() + " · " + need.title(), path + need.reference(), need.status().label(),
				need.status().name(), facts, next);
	}

	private static String titled(String title, NeedHomeLists.Screenful list) {
		return (list.total() == 0) ? title : title + " (" + list.total() + ")";
	}

	private static String words(String code) {
		return code.toLowerCase(Locale.ROOT);
	}

}
