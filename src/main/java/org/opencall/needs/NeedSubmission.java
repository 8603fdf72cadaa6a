package org.opencall.needs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.opencall.identity.Organisation;
import org.opencall.needs.domain.Need;
import org.opencall.needs.domain.NeedDetails;
import org.opencall.needs.domain.NeedEvents.NeedSubmitted;
import org.opencall.needs.domain.NeedRepository;
import org.opencall.needs.process.NeedProcessEngine;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.PdfDocumentRules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Staff of a care organisation state an unmet need, with PDF attachments, and may edit it
 * until it has been triaged.
 */
@Service
@Transactional
public class NeedSubmission {

	private final NeedRepository needs;

	private final NeedAttachments attachments;

	private final NeedAccess access;

	private final NeedProcessEngine engine;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final long maxAttachmentBytes;

	NeedSubmission(NeedRepository needs, NeedAttachments attachments, NeedAccess access, NeedProcessEngine engine,
			ApplicationEventPublisher events, Clock clock,
			@Value("${opencall.needs.max-attachment-size}") DataSize maxAttachmentSize) {
		this.needs = needs;
		this.attachments = attachments;
		this.access = access;
		this.engine = engine;
		this.events = events;
		this.clock = clock;
		this.maxAttachmentBytes = maxAttachmentSize.toBytes();
	}

	public String submit(String owner, NeedInput input, List<UploadedFile> attachments) {
		Organisation organisation = this.access.organisationOfNeedOwner(owner);
		List<FieldViolation> violations = new ArrayList<>();
		NeedDetails details = null;
		try {
			details = input.details();
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
		}
		violations.addAll(checkAttachments(attachments));
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Need need = Need.submit(this.needs.nextReference(), organisation.id(), owner, details, this.clock.instant());
		this.needs.save(need);
		attachments.forEach((file) -> this.attachments.add(need.id(), file, owner));
		this.engine.start(need);
		this.events.publishEvent(new NeedSubmitted(need.reference(), owner));
		return need.reference();
	}

	public void edit(String owner, String reference, NeedInput input) {
		Need need = this.access.ownNeed(owner, reference);
		need.edit(input.details());
		this.needs.save(need);
	}

	public void attach(String owner, String reference, UploadedFile file) {
		Need need = this.access.ownNeed(owner, reference);
		List<FieldViolation> violations = checkAttachments(List.of(file));
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		// an attachment is part of the need's statement: refused once the need is triaged
		need.edit(need.details());
		this.attachments.add(need.id(), file, owner);
	}

	private List<FieldViolation> checkAttachments(List<UploadedFile> files) {
		List<FieldViolation> violations = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			try {
				PdfDocumentRules.check("attachments[" + i + "]", files.get(i).name(), files.get(i).content(),
						this.maxAttachmentBytes);
			}
			catch (InvalidInputException ex) {
				violations.addAll(ex.violations());
			}
		}
		return violations;
	}

}
