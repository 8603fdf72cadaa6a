package org.opencall.submissions.domain;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.opencall.platform.IdempotencyKeyReusedException;
import org.opencall.platform.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotentSubmitTest {

	private static final UUID PROPOSAL = UUID.randomUUID();

	private final IdempotentSubmit firstUse = new IdempotentSubmit(PROPOSAL, "hash-1", "R-S-000001-1");

	@Test
	void theSameRequestAgainGetsTheFirstReceipt() {
		assertThat(this.firstUse.replay(PROPOSAL, "hash-1")).isEqualTo("R-S-000001-1");
	}

	@Test
	void theKeyWithOtherContentIsRefusedRatherThanAnsweredWithTheOldReceipt() {
		assertThatThrownBy(() -> this.firstUse.replay(PROPOSAL, "hash-2"))
			.isInstanceOf(IdempotencyKeyReusedException.class)
			.hasMessageContaining("other content");
	}

	@Test
	void theKeyForAnotherProposalIsRefused() {
		assertThatThrownBy(() -> this.firstUse.replay(UUID.randomUUID(), "hash-1"))
			.isInstanceOf(IdempotencyKeyReusedException.class)
			.hasMessageContaining("another proposal");
	}

	@Test
	void aKeyWhoseFirstRequestIsStillRunningIsAConflict() {
		IdempotentSubmit running = new IdempotentSubmit(PROPOSAL, "hash-1", null);
		assertThatThrownBy(() -> running.replay(PROPOSAL, "hash-1")).isInstanceOf(StateConflictException.class);
	}

}
