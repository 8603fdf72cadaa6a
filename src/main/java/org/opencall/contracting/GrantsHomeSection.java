package org.opencall.contracting;

import java.util.ArrayList;
import java.util.List;

import org.opencall.contracting.domain.Grant;
import org.opencall.contracting.domain.GrantStatus;
import org.opencall.home.HomeItem;
import org.opencall.home.HomeLink;
import org.opencall.home.HomePanel;
import org.opencall.home.HomeSection;
import org.opencall.home.Viewer;
import org.opencall.identity.Roles;
import org.opencall.platform.PageFormat;

import org.springframework.stereotype.Component;

/**
 * Grants on the home page: officers see the agreements to prepare or approve and the
 * amendments to decide in their programmes; a company's staff see the offers to answer.
 */
@Component
class GrantsHomeSection implements HomeSection {

	static final String OFFICERS_ID = "grant-agreements";

	static final String COMPANY_ID = "grant-offers";

	private final GrantAccess access;

	private final PageFormat format;

	GrantsHomeSection(GrantAccess access, PageFormat format) {
		this.access = access;
		this.format = format;
	}

	@Override
	public List<HomePanel> panelsFor(Viewer viewer) {
		List<HomePanel> panels = new ArrayList<>();
		if (viewer.is(Roles.PROJECT_OFFICERS) || viewer.is(Roles.PROGRAMME_OFFICERS)) {
			officerPanel(viewer.user()).ifPresent(panels::add);
		}
		if (viewer.is(Roles.APPLICANTS)) {
			companyPanel(viewer.user()).ifPresent(panels::add);
		}
		return panels;
	}

	private java.util.Optional<HomePanel> officerPanel(String user) {
		List<HomeItem> items = new ArrayList<>();
		boolean any = false;
		for (Grant grant : this.access.visibleTo(user)) {
			if (!this.access.worksOn(user, grant.programmeCode())) {
				continue;
			}
			any = true;
			String next = switch (grant.status()) {
				case PREPARING -> "Prepare the agreement";
				case AWAITING_APPROVAL ->
					user.equals(grant.preparedBy()) ? null : "Approve the agreement or send it back";
				case SIGNED ->
					grant.pendingAmendment().isPresent() ? "Decide the amendment the company asks for" : null;
				default -> null;
			};
			if (next != null) {
				String href = (grant.status() == GrantStatus.PREPARING) ? "/grants/" + grant.reference() + "/agreement"
						: "/grants/" + grant.reference();
				items.add(new HomeItem(grant.reference() + " · " + grant.title(), href, grant.status().label(),
						grant.status().name(), List.of(grant.companyName(), "Call " + grant.callReference()), next));
			}
		}
		if (!any) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new HomePanel(OFFICERS_ID, 12, "Grant agreements", items,
				"No grant agreement waits for you: agreements to prepare appear here when a funding decision selects"
						+ " proposals, and those to approve when another officer prepared one.",
				List.of(new HomeLink("All grants", "/grants"))));
	}

	private java.util.Optional<HomePanel> companyPanel(String user) {
		List<Grant> grants = this.access.visibleTo(user)
			.stream()
			.filter((grant) -> this.access.isStaffOf(user, grant))
			.toList();
		if (grants.isEmpty()) {
			return java.util.Optional.empty();
		}
		List<HomeItem> items = new ArrayList<>();
		for (Grant grant : grants) {
			if (grant.status() == GrantStatus.OFFERED) {
				items.add(new HomeItem(grant.reference() + " · " + grant.title(), "/grants/" + grant.reference(),
						grant.status().label(), grant.status().name(),
						List.of("Answer before " + this.format.dateTime(grant.acceptanceDeadline(), "UTC") + ", "
								+ this.format.timeLeft(grant.acceptanceDeadline())),
						"Accept or decline the grant agreement"));
			}
		}
		return java.util.Optional.of(new HomePanel(COMPANY_ID, 11, "Grant offers", items,
				"No grant offer waits for your answer: an agreement comes by mail once two officers approved it.",
				List.of(new HomeLink("Our grants", "/grants"))));
	}

}
