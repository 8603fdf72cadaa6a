package org.opencall.platform.process;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.ibatis.session.SqlSession;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencall.OpencallTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@OpencallTest
class AuthorizedGroupsBySkipScanTest {

	private static final String ENGINE_QUERY = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity."
			+ AuthorizedGroupsBySkipScan.ENGINE_STATEMENT;

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@Autowired
	AuthorizationService authorizations;

	private final List<String> created = new ArrayList<>();

	@AfterEach
	void removeGrants() {
		this.created.forEach(this.authorizations::deleteAuthorization);
	}

	@Test
	void theEngineAsksForTheAuthorizedGroupsThroughTheSkipScan() {
		assertThat(this.engine.getDbSqlSessionFactory().mapStatement(AuthorizedGroupsBySkipScan.ENGINE_STATEMENT))
			.isEqualTo(AuthorizedGroupsBySkipScan.STATEMENT);
	}

	@Test
	void theSkipScanFindsTheSameGroupsAsTheEnginesScanAmongManyUserGrants() {
		grantToGroup("zz-skip-scan-last");
		grantToGroup("aa-skip-scan-first");
		grantToGroup("aa-skip-scan-first");
		for (int i = 0; i < 50; i++) {
			grantToUser("skip-scan-user-" + i);
		}

		Set<String> engineScan = groupsBy(ENGINE_QUERY);
		Set<String> skipScan = groupsBy(AuthorizedGroupsBySkipScan.STATEMENT);

		assertThat(skipScan).contains("aa-skip-scan-first", "zz-skip-scan-last", "programme-officers")
			.doesNotContainNull()
			.isEqualTo(engineScan.stream().filter(Objects::nonNull).collect(Collectors.toSet()));
	}

	private Set<String> groupsBy(String statement) {
		try (SqlSession session = this.engine.getSqlSessionFactory().openSession()) {
			List<String> groups = session.selectList(statement);
			return new HashSet<>(groups);
		}
	}

	private void grantToGroup(String group) {
		grant((authorization) -> authorization.setGroupId(group));
	}

	private void grantToUser(String user) {
		grant((authorization) -> authorization.setUserId(user));
	}

	private void grant(Consumer<Authorization> toWhom) {
		Authorization grant = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		toWhom.accept(grant);
		grant.setResource(Resources.TASK);
		grant.setResourceId("skip-scan-" + this.created.size());
		grant.addPermission(Permissions.READ);
		this.created.add(this.authorizations.saveAuthorization(grant).getId());
	}

}
