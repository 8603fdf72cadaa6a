package org.opencall.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first administrator named by {@code camunda.bpm.admin-user.id} becomes a member of
 * {@code admins} at a start, once however often the installation starts; without the
 * setting, or before the engine has created the user, nothing changes. (The production
 * run itself: {@code ProductionRunIT}.)
 */
@OpencallTest
class FirstAdministratorTest {

	private final String userId = "first-admin-" + System.nanoTime() % 1_000_000;

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identityService;

	@AfterEach
	void removeUser() {
		this.identityService.deleteUser(this.userId);
	}

	@Test
	void theConfiguredUserJoinsTheAdminsOnceAcrossRestarts() {
		User user = this.identityService.newUser(this.userId);
		user.setPassword("first-admin-password");
		this.identityService.saveUser(user);
		FirstAdministrator firstAdministrator = new FirstAdministrator(this.userId);

		firstAdministrator.postProcessEngineBuild(this.engine);
		firstAdministrator.postProcessEngineBuild(this.engine);

		assertThat(this.identityService.createGroupQuery().groupMember(this.userId).list())
			.extracting((group) -> group.getId())
			.containsExactly(Roles.ADMINS);
	}

	@Test
	void nothingHappensWithoutTheSettingOrBeforeTheUserExists() {
		long admins = this.identityService.createUserQuery().memberOfGroup(Roles.ADMINS).count();

		new FirstAdministrator("").postProcessEngineBuild(this.engine);
		new FirstAdministrator(this.userId).postProcessEngineBuild(this.engine);

		assertThat(this.identityService.createUserQuery().memberOfGroup(Roles.ADMINS).count()).isEqualTo(admins);
		assertThat(this.identityService.createUserQuery().userId(this.userId).count()).isZero();
	}

}
