package org.opencall.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the engine API guard reads a request: the same engine path behind
 * {@code /engine-rest} and the webapps' {@code api/engine}, the queries sent as POST, the
 * task actions and the installation-wide figures.
 */
class EngineApiRequestTest {

	@Test
	void theEngineRestApiAndTheWebappsEngineApiAreTheSamePaths() {
		assertThat(EngineApiRequest.of("POST", "/engine-rest/task/42/complete").taskAction())
			.isEqualTo(new EngineApiRequest.TaskAction("42", "complete"));
		assertThat(EngineApiRequest.of("POST", "/camunda/api/engine/engine/default/task/42/submit-form").taskAction())
			.isEqualTo(new EngineApiRequest.TaskAction("42", "submit-form"));
		assertThat(EngineApiRequest.of("POST", "/engine-rest/engine/default/task/42/claim").taskAction())
			.isEqualTo(new EngineApiRequest.TaskAction("42", "claim"));
		assertThat(EngineApiRequest.of("POST", "/engine-rest/task/42/comment/create").taskAction().action())
			.isEqualTo("comment/create");
	}

	@Test
	void queriesSentAsPostReadOnly() {
		assertThat(EngineApiRequest.of("POST", "/engine-rest/task").isEngineQuery()).isTrue();
		assertThat(EngineApiRequest.of("POST", "/engine-rest/task/count").isEngineQuery()).isTrue();
		assertThat(EngineApiRequest.of("POST", "/engine-rest/history/process-instance").isEngineQuery()).isTrue();
		assertThat(EngineApiRequest.of("POST", "/camunda/api/engine/engine/default/filter/f1/list").isEngineQuery())
			.isTrue();
		assertThat(EngineApiRequest.of("POST", "/engine-rest/history/cleanup").isEngineQuery()).isFalse();
		assertThat(EngineApiRequest.of("POST", "/engine-rest/task/create").isEngineQuery()).isFalse();
		assertThat(EngineApiRequest.of("POST", "/engine-rest/message").isEngineQuery()).isFalse();
		assertThat(EngineApiRequest.of("POST", "/engine-rest/process-instance/p1/variables").isEngineQuery()).isFalse();
	}

	@Test
	void figuresAndOwnProfilesAndTheWebappsLogInAreRecognised() {
		assertThat(EngineApiRequest.of("GET", "/engine-rest/metrics/activity-instance-start/sum").readsFigures())
			.isTrue();
		assertThat(EngineApiRequest.of("GET", "/camunda/api/engine/engine/default/process-definition/statistics")
			.readsFigures()).isTrue();
		assertThat(EngineApiRequest.of("GET", "/engine-rest/task").readsFigures()).isFalse();
		assertThat(EngineApiRequest.of("PUT", "/engine-rest/user/nora/profile").ownUserChange())
			.isEqualTo(new EngineApiRequest.OwnUserChange("nora", true));
		assertThat(EngineApiRequest.of("POST", "/camunda/api/admin/auth/user/default/logout").isLogout()).isTrue();
		assertThat(EngineApiRequest.of("POST", "/camunda/api/admin/auth/user/default/login/tasklist").api())
			.isEqualTo(EngineApiRequest.Api.WEBAPP_AUTH);
		assertThat(EngineApiRequest.of("POST", "/camunda/api/cockpit/plugin/base/default/process-instance").api())
			.isEqualTo(EngineApiRequest.Api.PLUGIN);
	}

}
