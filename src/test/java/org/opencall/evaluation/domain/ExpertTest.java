package org.opencall.evaluation.domain;

import org.junit.jupiter.api.Test;

import org.opencall.evaluation.domain.ExpertEvents.ExpertApproved;
import org.opencall.evaluation.domain.ExpertEvents.ExpertProfileChanged;
import org.opencall.evaluation.domain.ExpertEvents.ExpertRejected;
import org.opencall.evaluation.domain.ExpertEvents.ExpertWithdrew;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencall.evaluation.domain.ExpertFixtures.NOW;
import static org.opencall.evaluation.domain.ExpertFixtures.approved;
import static org.opencall.evaluation.domain.ExpertFixtures.interoperability;
import static org.opencall.evaluation.domain.ExpertFixtures.pending;

class ExpertTest {

	@Test
	void aNewExpertAwaitsApprovalWithTheTimeOfTheirDeclaration() {
		Expert expert = pending("elena");

		assertThat(expert.status()).isEqualTo(ExpertStatus.PENDING_APPROVAL);
		assertThat(expert.confidentialityDeclaredAt()).isEqualTo(NOW);
		assertThat(expert.isApproved()).isFalse();
	}

	@Test
	void noExpertRegistersWithoutDeclaringConfidentiality() {
		assertThatThrownBy(() -> Expert.register("elena", interoperability(), false, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("confidentiality");
	}

	@Test
	void anOfficerApprovesAPendingExpertOnce() {
		Expert expert = pending("elena");

		ExpertApproved approved = expert.approve("olivia", NOW);

		assertThat(approved).isEqualTo(new ExpertApproved("elena", "olivia"));
		assertThat(expert.isApproved()).isTrue();
		assertThat(expert.decidedBy()).isEqualTo("olivia");
		assertThatThrownBy(() -> expert.approve("oscar", NOW)).isInstanceOf(StateConflictException.class);
	}

	@Test
	void nobodyApprovesThemself() {
		Expert expert = pending("olivia");

		assertThatThrownBy(() -> expert.approve("olivia", NOW)).isInstanceOf(ActionForbiddenException.class);
		assertThat(expert.status()).isEqualTo(ExpertStatus.PENDING_APPROVAL);
	}

	@Test
	void aRejectionNeedsAReasonAndChangesNothingWithoutOne() {
		Expert expert = pending("elena");

		assertThatThrownBy(() -> expert.reject("olivia", " ", NOW)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("reason");
		assertThat(expert.status()).isEqualTo(ExpertStatus.PENDING_APPROVAL);

		ExpertRejected rejected = expert.reject("olivia", "No evaluation experience yet", NOW);
		assertThat(rejected.wasApproved()).isFalse();
		assertThat(expert.status()).isEqualTo(ExpertStatus.REJECTED);
		assertThat(expert.decisionReason()).isEqualTo("No evaluation experience yet");
	}

	@Test
	void anApprovedExpertCanBeTakenOutOfThePoolWithAReason() {
		Expert expert = approved("elena");

		ExpertRejected rejected = expert.reject("oscar", "Works for an applicant now", NOW);

		assertThat(rejected.wasApproved()).isTrue();
		assertThat(expert.isApproved()).isFalse();
	}

	@Test
	void anExpertWithdrawsOnceAndReappliesByChangingTheirProfile() {
		Expert expert = approved("elena");

		ExpertWithdrew withdrew = expert.withdraw(NOW);
		assertThat(withdrew.wasApproved()).isTrue();
		assertThat(expert.status()).isEqualTo(ExpertStatus.WITHDRAWN);
		assertThatThrownBy(() -> expert.withdraw(NOW)).isInstanceOf(StateConflictException.class);

		ExpertProfileChanged changed = expert.changeProfile(interoperability());
		assertThat(changed.awaitsApproval()).isTrue();
		assertThat(expert.status()).isEqualTo(ExpertStatus.PENDING_APPROVAL);
		assertThat(expert.decidedBy()).isNull();
	}

	@Test
	void anApprovedExpertStaysApprovedWhenChangingTheirProfile() {
		Expert expert = approved("elena");

		ExpertProfileChanged changed = expert.changeProfile(interoperability());

		assertThat(changed.awaitsApproval()).isFalse();
		assertThat(expert.isApproved()).isTrue();
	}

}
