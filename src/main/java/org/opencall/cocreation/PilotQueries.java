package org.opencall.cocreation;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.opencall.cocreation.PilotView.Actions;
import org.opencall.cocreation.PilotView.DeliverableView;
import org.opencall.cocreation.PilotView.DocumentView;
import org.opencall.cocreation.PilotView.IndicatorView;
import org.opencall.cocreation.PilotView.MilestoneView;
import org.opencall.cocreation.PilotView.PaymentView;
import org.opencall.cocreation.domain.Deliverable;
import org.opencall.cocreation.domain.Ledger;
import org.opencall.cocreation.domain.Milestone;
import org.opencall.cocreation.domain.MilestoneStatus;
import org.opencall.cocreation.domain.Payment;
import org.opencall.cocreation.domain.PaymentStatus;
import org.opencall.cocreation.domain.Pilot;
import org.opencall.cocreation.domain.PilotRepository;
import org.opencall.cocreation.domain.PilotStatus;
import org.opencall.cocreation.domain.Verdict;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people read of the pilots: the ones they take part in, one pilot with what they
 * may do on it, a call's payments ledger, a deliverable's document.
 */
@Service
@Transactional(readOnly = true)
public class PilotQueries {

	private final PilotAccess access;

	private final PilotRepository pilots;

	private final PilotDocuments documents;

	PilotQueries(PilotAccess access, PilotRepository pilots, PilotDocuments documents) {
		this.access = access;
		this.pilots = pilots;
		this.documents = documents;
	}

	/** The pilots the user takes part in (auditors: all), with what each waits for. */
	public List<PilotView> visibleTo(String user) {
		return this.access.visibleTo(user).stream().map((pilot) -> view(pilot, user)).toList();
	}

	public PilotView pilot(String user, String grantReference) {
		return view(this.access.toRead(user, grantReference), user);
	}

	/**
	 * A call's payments ledger, grant by grant and in total: its programme's officers and
	 * auditors.
	 */
	public CallLedger ledgerOfCall(String user, String callReference) {
		List<Pilot> pilots = this.pilots.findByCallReferenceOrderByGrantReference(callReference);
		boolean auditor = this.access.isAuditor(user);
		if (!auditor && !this.access.isOfficer(user)) {
			throw new ActionForbiddenException("Only officers and auditors read a call's payments ledger");
		}
		if (!auditor && pilots.stream().anyMatch((p) -> !this.access.isOfficerOf(p, user))) {
			throw new ActionForbiddenException("Call " + callReference + " belongs to a programme you do not work on");
		}
		List<CallLedger.Grant> grants = pilots.stream()
			.map((p) -> new CallLedger.Grant(p.grantReference(), p.title(), p.company(), p.currency(),
					PaymentsLedger.of(p.ledger())))
			.toList();
		return new CallLedger(callReference, grants,
				PaymentsLedger.of(Ledger.total(pilots.stream().map(Pilot::ledger).toList())));
	}

	/** A deliverable's document, for anybody who reads the pilot. */
	public Optional<Document> document(String user, String grantReference, UUID documentId) {
		Pilot pilot = this.access.toRead(user, grantReference);
		return this.documents.find(pilot.id(), documentId)
			.map((stored) -> new Document(stored.fileName(), stored.size(),
					(out) -> this.documents.copy(pilot.id(), documentId, out)));
	}

	PilotView view(Pilot pilot, String user) {
		boolean officer = this.access.isOfficerOf(pilot, user);
		boolean company = this.access.isCompany(pilot, user);
		boolean host = this.access.isHost(pilot, user);
		boolean running = pilot.status() == PilotStatus.RUNNING;
		Optional<Milestone> current = pilot.currentMilestone();
		Optional<Deliverable> latest = pilot.latestDeliverable();
		boolean underReview = running && current.map((m) -> m.status() == MilestoneStatus.SUBMITTED).orElse(false);
		List<MilestoneView> milestones = new ArrayList<>();
		for (Milestone milestone : pilot.milestones()) {
			List<DeliverableView> delivered = new ArrayList<>();
			int round = 0;
			for (Deliverable deliverable : pilot.deliverables()) {
				if (deliverable.milestone() == milestone.number()) {
					delivered.add(deliverable(++round, deliverable));
				}
			}
			milestones.add(new MilestoneView(milestone.number(), milestone.title(), milestone.deliverable(),
					milestone.dueDate(), milestone.status().name(), milestone.status().label(), milestone.acceptedAt(),
					delivered));
		}
		List<PaymentView> payments = pilot.payments()
			.stream()
			.map((p) -> payment(p, officer && p.status() == PaymentStatus.DUE && !user.equals(p.madeDueBy())))
			.toList();
		Actions actions = new Actions(officer && pilot.status() == PilotStatus.KICK_OFF,
				company && running && current.map((m) -> m.status() != MilestoneStatus.SUBMITTED).orElse(false),
				officer && underReview && latest.map((d) -> d.officerVerdict() == null).orElse(false),
				host && underReview && latest.map((d) -> d.hostVerdict() == null).orElse(false),
				payments.stream().anyMatch(PaymentView::releasable), officer && running && current.isEmpty());
		return new PilotView(pilot.grantReference(), pilot.callReference(), pilot.submissionReference(),
				pilot.programmeCode(), pilot.title(), pilot.company(), pilot.hostOrganisation(), pilot.amount(),
				pilot.currency(), pilot.startDate(), pilot.endDate(), pilot.agreementVersion(), pilot.status().name(),
				pilot.status().label(), pilot.kickOffDate(), pilot.kickOffNotes(), pilot.kickOffBy(),
				List.copyOf(pilot.needOwners()), milestones,
				pilot.indicators()
					.stream()
					.map((i) -> new IndicatorView(i.name(), i.unit(), i.baseline(), i.target(), i.finalValue()))
					.toList(),
				payments, PaymentsLedger.of(pilot.ledger()), (pilot.outcome() != null) ? pilot.outcome().name() : null,
				(pilot.outcome() != null) ? pilot.outcome().label() : null, pilot.outcomeSummary(), pilot.closedBy(),
				pilot.closedAt(), current.map(Milestone::number).orElse(null), actions);
	}

	private static DeliverableView deliverable(int round, Deliverable d) {
		return new DeliverableView(round, d.report(),
				d.documents()
					.documents()
					.stream()
					.map((doc) -> new DocumentView(doc.id(), doc.fileName(), doc.size()))
					.toList(),
				d.readings().values(), d.submittedBy(), d.submittedAt(), code(d.officerVerdict()),
				label(d.officerVerdict()), d.officerComment(), d.officer(), code(d.hostVerdict()),
				label(d.hostVerdict()), d.hostComment(), d.hostReviewer());
	}

	private static PaymentView payment(Payment p, boolean releasable) {
		return new PaymentView(p.number(), p.trigger(), p.triggerLabel(), p.milestone(), p.percent(), p.amount(),
				p.status().name(), p.status().label(), p.dueAt(), p.madeDueBy(), p.releasedBy(), p.releasedAt(),
				releasable);
	}

	private static String code(Verdict verdict) {
		return (verdict != null) ? verdict.name() : null;
	}

	private static String label(Verdict verdict) {
		return (verdict != null) ? verdict.label() : "Waiting";
	}

	/** A document's name and size, and a way to copy its content as it is read. */
	public record Document(String fileName, long size, Content content) {

		public void copyTo(OutputStream out) {
			this.content.copyTo(out);
		}

	}

	@FunctionalInterface
	public interface Content {

		void copyTo(OutputStream out);

	}

	static NotFoundException noDocument() {
		return new NotFoundException("No such document");
	}

}
