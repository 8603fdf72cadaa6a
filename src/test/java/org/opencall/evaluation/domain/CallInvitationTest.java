package org.opencall.evaluation.domain;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.opencall.evaluation.domain.CallInvitationEvents.InvitationAccepted;
import org.opencall.evaluation.domain.CallInvitationEvents.InvitationDeclined;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencall.evaluation.domain.ExpertFixtures.NOW;
import static org.opencall.evaluation.domain.ExpertFixtures.approved;
import static org.opencall.evaluation.domain.ExpertFixtures.pending;
import static org.opencall.evaluation.domain.ExpertFixtures.remoteMonitoringCall;

class CallInvitationTest {

	private static final Duration WEEK = Duration.ofDays(7);

	@Test
	void anApprovedExpertIsInvitedUntilTheDeadline() {
		CallInvitation invitation = CallInvitation.invite(remoteMonitoringCall(), approved("eva"), "olivia", WEEK, NOW);

		assertThat(invitation.status()).isEqualTo(CallInvitationStatus.INVITED);
		assertThat(invitation.respondBy()).isEqualTo(NOW.plus(WEEK));
		assertThat(invitation.invited().expert()).isEqualTo("eva");
	}

	@Test
	void anExpertAwaitingApprovalIsNotInvited() {
		assertThatThrownBy(() -> CallInvitation.invite(remoteMonitoringCall(), pending("eva"), "olivia", WEEK, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("not an approved expert");
	}

	@Test
	void aResponseTimeOutsideTheLimitsIsRefused() {
		assertThatThrownBy(() -> CallInvitation.invite(remoteMonitoringCall(), approved("eva"), "olivia",
				Duration.ofDays(90), NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("respondWithinDays");
	}

	@Test
	void onlyTheInvitedExpertAcceptsAndOnlyOnce() {
		CallInvitation invitation = invitation();

		assertThatThrownBy(() -> invitation.accept("emil", NOW)).isInstanceOf(ActionForbiddenException.class);
		InvitationAccepted accepted = invitation.accept("eva", NOW.plusSeconds(60));

		assertThat(accepted.expert()).isEqualTo("eva");
		assertThat(invitation.status()).isEqualTo(CallInvitationStatus.ACCEPTED);
		assertThatThrownBy(() -> invitation.decline("eva", "Changed my mind", NOW))
			.isInstanceOf(StateConflictException.class);
	}

	@Test
	void aDeclineNeedsAReasonWhichTheOfficersRead() {
		CallInvitation invitation = invitation();

		assertThatThrownBy(() -> invitation.decline("eva", "", NOW)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("reason");
		assertThat(invitation.status()).isEqualTo(CallInvitationStatus.INVITED);

		InvitationDeclined declined = invitation.decline("eva", "I advise one of the applicants", NOW);
		assertThat(declined.reason()).isEqualTo("I advise one of the applicants");
		assertThat(invitation.declineReason()).isEqualTo("I advise one of the applicants");
	}

	@Test
	void anAnswerAfterTheDeadlineIsRefusedAndTheInvitationLapsesOnlyThen() {
		CallInvitation invitation = invitation();

		assertThatThrownBy(() -> invitation.lapse(NOW.plus(WEEK).minusSeconds(1)))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> invitation.accept("eva", NOW.plus(WEEK))).isInstanceOf(StateConflictException.class)
			.hasMessageContaining("lapsed");

		invitation.lapse(NOW.plus(WEEK));
		assertThat(invitation.status()).isEqualTo(CallInvitationStatus.LAPSED);
	}

	private static CallInvitation invitation() {
		return CallInvitation.invite(remoteMonitoringCall(), approved("eva"), "olivia", WEEK, NOW);
	}

}
