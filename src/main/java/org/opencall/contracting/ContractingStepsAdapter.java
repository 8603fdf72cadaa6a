package org.opencall.contracting;

import java.time.Instant;
import java.util.Map;

import org.opencall.contracting.domain.GrantStatus;
import org.opencall.contracting.process.ContractingSteps;
import org.opencall.identity.Programme;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracting module's answer to its process: the steps {@code contracting} takes, on
 * the use cases that apply them.
 */
@Component
@Transactional
class ContractingStepsAdapter implements ContractingSteps {

	private final GrantAccess access;

	private final AgreementApproval approval;

	private final GrantOffer offer;

	private final ReservePromotion promotion;

	ContractingStepsAdapter(GrantAccess access, AgreementApproval approval, GrantOffer offer,
			ReservePromotion promotion) {
		this.access = access;
		this.approval = approval;
		this.offer = offer;
		this.promotion = promotion;
	}

	@Override
	public String officersGroup(String grantReference) {
		return Programme.groupIdOf(this.access.byReference(grantReference).programmeCode());
	}

	@Override
	public Map<String, Object> taskContext(String grantReference) {
		return this.approval.taskContext(grantReference);
	}

	@Override
	public void prepare(String grantReference, String officer) {
		this.approval.recordPreparation(grantReference, officer);
	}

	@Override
	public void requireSecondOfficer(String grantReference, String officer) {
		this.approval.requireSecondOfficer(grantReference, officer);
	}

	@Override
	public void review(String grantReference, String officer, String decision, String comment) {
		this.approval.recordReview(grantReference, officer, decision, comment);
	}

	@Override
	public boolean isOffered(String grantReference) {
		return this.access.byReference(grantReference).status() == GrantStatus.OFFERED;
	}

	@Override
	public void offer(String grantReference) {
		this.offer.offer(grantReference);
	}

	@Override
	public Instant reminderAt(String grantReference) {
		return this.offer.reminderAt(grantReference);
	}

	@Override
	public Instant acceptanceDeadline(String grantReference) {
		return this.access.byReference(grantReference).acceptanceDeadline();
	}

	@Override
	public void remind(String grantReference) {
		this.offer.remind(grantReference);
	}

	@Override
	public boolean isSigned(String grantReference) {
		return this.access.byReference(grantReference).status() == GrantStatus.SIGNED;
	}

	@Override
	public void promoteReserve(String grantReference) {
		this.promotion.promoteAfter(grantReference);
	}

}
