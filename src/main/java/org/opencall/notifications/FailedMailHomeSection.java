package org.opencall.notifications;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.opencall.home.HomeItem;
import org.opencall.home.HomeLink;
import org.opencall.home.HomePanel;
import org.opencall.home.HomeSection;
import org.opencall.home.Viewer;
import org.opencall.identity.Roles;

import org.springframework.stereotype.Component;

/**
 * An administrator's home page: the mails the outbox gave up on, which wait for them to
 * fix the cause and retry on the mail page.
 */
@Component
class FailedMailHomeSection implements HomeSection {

	static final String ID = "failed-mail";

	private static final int SHOWN = 5;

	private final MailIncidents incidents;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	FailedMailHomeSection(MailIncidents incidents) {
		this.incidents = incidents;
	}

	@Override
	public List<HomePanel> panelsFor(Viewer viewer) {
		if (!viewer.is(Roles.ADMINS)) {
			return List.of();
		}
		List<HomeItem> items = this.incidents.list("FAILED")
			.stream()
			.limit(SHOWN)
			.map((mail) -> new HomeItem(mail.subject(), "/admin/mail#failed", "Failed", "FAILED",
					List.of("To " + mail.recipient(),
							mail.attempts() + " attempts, the last "
									+ ((mail.lastAttemptAt() != null) ? WHEN.format(mail.lastAttemptAt()) : "unknown")),
					"Fix the cause, then retry it on the mail page"))
			.toList();
		return List.of(new HomePanel(ID, 10, "Failed mail", items,
				"No mail failed: every mail was sent or is still being tried.",
				List.of(new HomeLink("All mail", "/admin/mail"))));
	}

}
