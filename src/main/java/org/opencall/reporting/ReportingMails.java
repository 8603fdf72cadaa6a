package org.opencall.reporting;

import java.util.List;

import org.opencall.notifications.MailAttachment;
import org.opencall.notifications.OutgoingMail;
import org.opencall.notifications.Outbox;
import org.opencall.reporting.domain.FunderReport;

import org.springframework.stereotype.Component;

/** The mail of reporting: an approved report, with its PDF, to the programme's funder. */
@Component
class ReportingMails {

	private final Outbox outbox;

	ReportingMails(Outbox outbox) {
		this.outbox = outbox;
	}

	void toFunder(FunderReport report, String address, byte[] pdf) {
		String fileName = "programme-report-" + report.callReference() + "-" + report.number() + ".pdf";
		this.outbox.enqueue(
				new OutgoingMail("funder-report:" + report.callReference() + ":" + report.number(), address,
						"[Opencall] " + report.title(),
						"Dear funder,\n\nThe programme's " + report.title().substring(0, 1).toLowerCase()
								+ report.title().substring(1) + " is attached as a PDF: needs, submissions,"
								+ " success rate, time to decision and to signature, money committed and paid, and"
								+ " the pilots with their outcomes and indicators. An officer of the programme"
								+ " reviewed and approved it.\n\n-- \nOpencall"),
				List.of(new MailAttachment(fileName, "application/pdf", pdf)));
	}

}
