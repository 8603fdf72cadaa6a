package org.opencall.cocreation;

import java.time.Clock;

import org.opencall.cocreation.domain.Payment;
import org.opencall.cocreation.domain.PaymentStatus;
import org.opencall.cocreation.domain.Pilot;
import org.opencall.cocreation.domain.PilotRepository;
import org.opencall.cocreation.process.CoCreationEngine;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.StateConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second officer of the programme releases a due payment (four eyes: not the officer
 * whose action made it due), never above what remains of the grant. Releasing a payment
 * released already changes nothing and says so.
 */
@Service
@Transactional
public class ReleasingPayments {

	private final PilotAccess access;

	private final PilotRepository pilots;

	private final CoCreationEngine engine;

	private final CoCreationMails mails;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReleasingPayments(PilotAccess access, PilotRepository pilots, CoCreationEngine engine, CoCreationMails mails,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.pilots = pilots;
		this.engine = engine;
		this.mails = mails;
		this.events = events;
		this.clock = clock;
	}

	public Release release(String officer, String grantReference, int number) {
		Pilot pilot = this.access.forOfficer(officer, grantReference);
		Payment payment = pilot.payment(number);
		if (payment.isReleased()) {
			return new Release(number, false,
					"Payment " + number + " was released already by " + payment.releasedBy() + ": nothing changed");
		}
		if (payment.status() == PaymentStatus.PLANNED) {
			throw new StateConflictException("Payment " + number + " is not due yet: "
					+ payment.triggerLabel().toLowerCase() + " has not happened");
		}
		pilot.requireReleaser(number, officer);
		this.engine.completeRelease(grantReference, payment.releaseTask(), officer);
		return new Release(number, true, "Payment " + number + " is released");
	}

	void bind(String grantReference, String taskId) {
		Pilot pilot = this.access.byReference(grantReference);
		pilot.bindRelease(taskId);
		this.pilots.save(pilot);
	}

	void requireReleaser(String grantReference, String taskId, String officer) {
		Pilot pilot = this.access.byReference(grantReference);
		pilot.requireReleaser(boundPayment(pilot, taskId).number(), officer);
	}

	void recordRelease(String grantReference, String taskId, String officer) {
		Pilot pilot = this.access.byReference(grantReference);
		if (officer == null || !this.access.isOfficerOf(pilot, officer)) {
			throw new ActionForbiddenException("Only an officer of the grant's programme releases its payments");
		}
		Payment payment = boundPayment(pilot, taskId);
		pilot.release(payment.number(), officer, this.clock.instant()).ifPresent((released) -> {
			this.pilots.save(pilot);
			this.mails.released(pilot, pilot.payment(payment.number()));
			this.events.publishEvent(released);
		});
	}

	private static Payment boundPayment(Pilot pilot, String taskId) {
		return pilot.paymentOfTask(taskId)
			.orElseThrow(() -> new StateConflictException(
					"This release task of grant " + pilot.grantReference() + " is bound to no payment"));
	}

	/** What a release did: whether it released the payment now, in words. */
	public record Release(int payment, boolean released, String message) {
	}

}
