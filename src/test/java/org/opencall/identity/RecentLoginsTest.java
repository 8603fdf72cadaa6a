package org.opencall.identity;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentLoginsTest {

	private final RecentLogins logins = new RecentLogins(Duration.ofSeconds(30), 100);

	@Test
	void aPasswordThatPassedIsTakenAgainWithTheUsersGroups() {
		this.logins.remember("alice", "demo", Set.of("applicants"));

		assertThat(this.logins.groupsOf("alice", "demo")).containsExactly("applicants");
	}

	@Test
	void anotherPasswordOrAnotherUserIsNeverTakenFromMemory() {
		this.logins.remember("alice", "demo", Set.of("applicants"));

		assertThat(this.logins.groupsOf("alice", "demo ")).isNull();
		assertThat(this.logins.groupsOf("bob", "demo")).isNull();
		// the user name and the password are kept apart: "alic" + "edemo" is not "alice"
		// + "demo"
		assertThat(this.logins.groupsOf("alic", "edemo")).isNull();
	}

	@Test
	void aChangeOfWhoIsWhoForgetsEveryLogin() {
		this.logins.remember("alice", "demo", Set.of("applicants"));
		this.logins.remember("bob", "demo", Set.of("applicants"));

		this.logins.forgetAll();

		assertThat(this.logins.groupsOf("alice", "demo")).isNull();
		assertThat(this.logins.groupsOf("bob", "demo")).isNull();
	}

	@Test
	void rememberingForNoTimeRemembersNothing() {
		RecentLogins off = new RecentLogins(Duration.ZERO, 100);
		off.remember("alice", "demo", Set.of("applicants"));

		assertThat(off.groupsOf("alice", "demo")).isNull();
	}

}
