package org.opencall.contracting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.contracting.domain.Grant;
import org.opencall.platform.PageFormat;

import org.springframework.stereotype.Component;

/**
 * The offer of an approved agreement: mailed with its PDF to the company's staff, and a
 * reminder before its deadline. The PDF is rendered from the terms in force, on the
 * grant's page as in the mail.
 */
@Component
class GrantOffer {

	private final GrantAccess access;

	private final CallCatalogue calls;

	private final GrantAgreementPdf pdf;

	private final GrantMails mails;

	private final GrantSettings settings;

	private final PageFormat format;

	GrantOffer(GrantAccess access, CallCatalogue calls, GrantAgreementPdf pdf, GrantMails mails, GrantSettings settings,
			PageFormat format) {
		this.access = access;
		this.calls = calls;
		this.pdf = pdf;
		this.mails = mails;
		this.settings = settings;
		this.format = format;
	}

	void offer(String reference) {
		Grant grant = this.access.byReference(reference);
		CallView call = this.calls.call(grant.callReference(), null);
		this.mails.offered(grant, deadline(grant, call), pdf(grant, null, call));
	}

	void remind(String reference) {
		Grant grant = this.access.byReference(reference);
		this.mails.reminder(grant, deadline(grant, this.calls.call(grant.callReference(), null)));
	}

	Instant reminderAt(String reference) {
		return this.access.byReference(reference).acceptanceDeadline().minus(this.settings.acceptanceReminderBefore());
	}

	/** The agreement's PDF, of a version (the one in force, or the draft, when null). */
	byte[] pdf(Grant grant, Integer version, CallView call) {
		LocalDate deadline = (grant.acceptanceDeadline() != null)
				? LocalDate.ofInstant(grant.acceptanceDeadline(), ZoneId.of(call.timeZone())) : null;
		return this.pdf.render(GrantTermsOf.of(grant, version), call.title(), deadline);
	}

	private String deadline(Grant grant, CallView call) {
		return this.format.dateTime(grant.acceptanceDeadline(), call.timeZone());
	}

}
