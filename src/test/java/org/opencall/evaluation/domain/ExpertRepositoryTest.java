package org.opencall.evaluation.domain;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.opencall.RepositoryTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencall.evaluation.domain.ExpertFixtures.NOW;
import static org.opencall.evaluation.domain.ExpertFixtures.approved;
import static org.opencall.evaluation.domain.ExpertFixtures.pending;
import static org.opencall.evaluation.domain.ExpertFixtures.remoteMonitoringCall;

@RepositoryTest
class ExpertRepositoryTest {

	@Autowired
	ExpertRepository experts;

	@Autowired
	CallInvitationRepository invitations;

	@Test
	void anExpertIsStoredWithTheirProfileAndReadBack() {
		this.experts.save(pending("repo-elena"));

		Expert read = this.experts.findById("repo-elena").orElseThrow();

		assertThat(read.profile()).isEqualTo(ExpertFixtures.interoperability());
		assertThat(read.status()).isEqualTo(ExpertStatus.PENDING_APPROVAL);
		assertThat(read.confidentialityDeclaredAt()).isEqualTo(NOW);
		assertThat(read.version()).isNotNull();
	}

	@Test
	void thePoolListsThoseAwaitingApprovalFirst() {
		this.experts.save(approved("repo-anna"));
		this.experts.save(pending("repo-zoe"));

		List<String> pool = this.experts.findPool()
			.stream()
			.map(Expert::userId)
			.filter((id) -> id.startsWith("repo-"))
			.toList();

		assertThat(pool).containsExactly("repo-zoe", "repo-anna");
		assertThat(this.experts.findApproved()).extracting(Expert::userId)
			.contains("repo-anna")
			.doesNotContain("repo-zoe");
	}

	@Test
	void aStaleExpertIsNotSaved() {
		this.experts.save(pending("repo-stale"));
		Expert first = this.experts.findById("repo-stale").orElseThrow();
		Expert second = this.experts.findById("repo-stale").orElseThrow();
		first.approve("olivia", NOW);
		this.experts.save(first);

		second.reject("oscar", "Too late", NOW);
		assertThatThrownBy(() -> this.experts.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void invitationsAreFoundByCallAndByExpertAndOnlyOncePerCallAndExpert() {
		Expert eva = this.experts.save(approved("repo-eva"));
		CallInvitation invitation = CallInvitation.invite(remoteMonitoringCall(), eva, "olivia", Duration.ofDays(7),
				NOW);
		this.invitations.save(invitation);
		CallInvitation read = this.invitations.findById(invitation.id()).orElseThrow();
		read.accept("repo-eva", NOW);
		this.invitations.save(read);

		assertThat(this.invitations.existsForCallAndExpert("HC-2027-01", "repo-eva")).isTrue();
		assertThat(this.invitations.existsForCallAndExpert("HC-2027-01", "repo-emil")).isFalse();
		assertThat(this.invitations.findAcceptedByCall("HC-2027-01")).extracting(CallInvitation::expertId)
			.contains("repo-eva");
		assertThat(this.invitations.findByExpert("repo-eva")).extracting(CallInvitation::callTitle)
			.containsExactly("Remote monitoring of chronic patients");
	}

}
