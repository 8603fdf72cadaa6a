package org.opencall.cocreation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.opencall.cocreation.domain.DeliverableDocuments;
import org.opencall.cocreation.domain.Pilot;
import org.opencall.cocreation.domain.PilotRepository;
import org.opencall.cocreation.process.CoCreationEngine;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.PdfDocumentRules;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's staff submit the deliverable of the milestone now due: its PDF documents,
 * a report and the indicators' readings. Everything is checked before anything is stored;
 * then the pilot's co-creation moves on to the two reviews.
 */
@Service
@Transactional
public class Delivering {

	private final PilotAccess access;

	private final PilotRepository pilots;

	private final PilotDocuments documents;

	private final CoCreationEngine engine;

	private final CoCreationMails mails;

	private final CoCreationSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Delivering(PilotAccess access, PilotRepository pilots, PilotDocuments documents, CoCreationEngine engine,
			CoCreationMails mails, CoCreationSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.pilots = pilots;
		this.documents = documents;
		this.engine = engine;
		this.mails = mails;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	public void submit(String user, String grantReference, Integer milestone, String report,
			Map<String, String> readings, List<UploadedDocument> files) {
		Pilot pilot = this.access.forCompany(user, grantReference);
		if (milestone == null) {
			throw InvalidInputException.of("milestone", "is required: the number of the milestone delivered");
		}
		List<UploadedDocument> uploads = (files != null) ? files : List.of();
		List<DeliverableDocuments.Document> named = uploads.stream()
			.map((f) -> new DeliverableDocuments.Document(null, f.fileName(),
					(f.content() != null) ? f.content().length : 0))
			.toList();
		List<FieldViolation> violations = new ArrayList<>();
		try {
			pilot.checkDeliverable(milestone, report, new DeliverableDocuments(named), readings);
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
		}
		for (UploadedDocument file : uploads) {
			try {
				PdfDocumentRules.check("documents", file.fileName(), file.content(),
						this.settings.maxDocumentSize().toBytes());
			}
			catch (InvalidInputException ex) {
				violations.addAll(ex.violations());
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		List<DeliverableDocuments.Document> stored = uploads.stream()
			.map((f) -> this.documents.store(pilot.id(), milestone, f.fileName(), f.content(), user))
			.toList();
		Object submitted = pilot.submitDeliverable(user, milestone, report, new DeliverableDocuments(stored), readings,
				this.clock.instant());
		this.pilots.save(pilot);
		long round = pilot.deliverables().stream().filter((d) -> d.milestone() == milestone).count();
		this.mails.submitted(pilot, pilot.latestDeliverable().orElseThrow(), (int) round);
		this.engine.deliverableSubmitted(grantReference);
		this.events.publishEvent(submitted);
	}

}
