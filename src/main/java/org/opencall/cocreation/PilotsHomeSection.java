package org.opencall.cocreation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.opencall.cocreation.PilotView.MilestoneView;
import org.opencall.home.HomeItem;
import org.opencall.home.HomeLink;
import org.opencall.home.HomePanel;
import org.opencall.home.HomeSection;
import org.opencall.home.Viewer;
import org.opencall.identity.Roles;
import org.opencall.platform.PageFormat;

import org.springframework.stereotype.Component;

/**
 * Each role's pilots on its home page: the company's (deliverables due, payments), the
 * officers' (kick-offs, reviews due, payments to release), the host's (deliverables to
 * co-review), and for auditors all of them; what waits for the viewer first.
 */
@Component
class PilotsHomeSection implements HomeSection {

	static final String ID = "pilots";

	private static final int SHOWN = 10;

	private final PilotQueries queries;

	private final PageFormat format;

	PilotsHomeSection(PilotQueries queries, PageFormat format) {
		this.queries = queries;
		this.format = format;
	}

	@Override
	public List<HomePanel> panelsFor(Viewer viewer) {
		String title;
		String whenEmpty;
		if (viewer.is(Roles.APPLICANTS)) {
			title = "Our grants in co-creation";
			whenEmpty = "No signed grant yet: once your organisation signs a grant agreement, its pilot, deliverables and payments appear here.";
		}
		else if (viewer.is(Roles.PROGRAMME_OFFICERS) || viewer.is(Roles.PROJECT_OFFICERS)) {
			title = "Grants in co-creation";
			whenEmpty = "No signed grant in your programmes yet, so no kick-off, review or payment waits for you.";
		}
		else if (viewer.is(Roles.NEED_OWNERS)) {
			title = "Pilots we host";
			whenEmpty = "Your organisation hosts no pilot yet: a grant names its host organisation when it is prepared.";
		}
		else if (viewer.is(Roles.AUDITORS)) {
			title = "Grants in co-creation";
			whenEmpty = "No grant is signed yet.";
		}
		else {
			return List.of();
		}
		List<PilotView> pilots = new ArrayList<>(this.queries.visibleTo(viewer.user()));
		pilots.sort(Comparator.comparing((PilotView p) -> nextStep(p) == null));
		List<HomeItem> items = pilots.stream().limit(SHOWN).map(this::item).toList();
		return List.of(new HomePanel(ID, 12, title, items, whenEmpty, List.of(new HomeLink("All pilots", "/pilots"))));
	}

	private HomeItem item(PilotView pilot) {
		List<String> facts = new ArrayList<>();
		if (pilot.currentMilestone() != null) {
			MilestoneView milestone = pilot.milestones().get(pilot.currentMilestone() - 1);
			facts.add("Milestone " + milestone.number() + " · " + milestone.title() + ": "
					+ milestone.statusLabel().toLowerCase() + ", due " + milestone.dueDate());
		}
		facts.add("Released " + this.format.money(pilot.ledger().released(), pilot.currency()) + " of "
				+ this.format.money(pilot.ledger().amount(), pilot.currency()) + ((pilot.ledger().due().signum() > 0)
						? ", due " + this.format.money(pilot.ledger().due(), pilot.currency()) : ""));
		return new HomeItem(pilot.grantReference() + " · " + pilot.title(), "/pilots/" + pilot.grantReference(),
				pilot.statusLabel(), pilot.status(), facts, nextStep(pilot));
	}

	private static String nextStep(PilotView pilot) {
		PilotView.Actions actions = pilot.actions();
		if (actions.kickOff()) {
			return "Record the kick-off";
		}
		if (actions.submit()) {
			return "Submit the deliverable of milestone " + pilot.currentMilestone();
		}
		if (actions.review()) {
			return "Review the deliverable";
		}
		if (actions.coReview()) {
			return "Co-review the deliverable";
		}
		if (actions.release()) {
			return "Release a payment";
		}
		if (actions.close()) {
			return "Review the pilot's outcome";
		}
		return null;
	}

}
