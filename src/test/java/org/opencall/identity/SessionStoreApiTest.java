package org.opencall.identity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.BasicClient;
import org.opencall.PageSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logins are held in the database (Spring Session JDBC), so that every node behind a load
 * balancer knows them; requests with HTTP Basic carry their credentials and never create,
 * read or touch a session row.
 */
class SessionStoreApiTest extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void requestsWithHttpBasicNeitherCreateNorTouchASessionRow() {
		BasicClient basic = new BasicClient(this.port);
		Snapshot before = snapshot();
		List<ResponseEntity<String>> answers = List.of(basic.json("alice", "GET", "/api/calls", null),
				basic.json("alice", "GET", "/api/submissions/mine", null),
				basic.json("olivia", "GET", "/api/experts", null), basic.json("eva", "GET", "/engine-rest/task", null),
				basic.send("alice", "wrong", "GET", "/api/submissions/mine", null, null, Map.of()),
				basic.json("aude", "POST", "/api/calls", "{}"));
		assertThat(answers).extracting((answer) -> answer.getStatusCode().value())
			.containsExactly(200, 200, 200, 200, 401, 403);
		assertThat(answers).allSatisfy((answer) -> assertThat(answer.getHeaders().get(HttpHeaders.SET_COOKIE))
			.as("cookies set by an API answer")
			.isNull());
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aLoginIsOneRowInTheDatabaseThatTheLogoutRemoves() {
		PageSession alice = session("alice");
		assertThat(sessionsOf("alice")).isPositive();
		assertThat(alice.get("/submissions").getStatusCode().value()).isEqualTo(200);
		long aliceBefore = sessionsOf("alice");
		alice.post("/logout", Map.of());
		assertThat(sessionsOf("alice")).isEqualTo(aliceBefore - 1);
		assertThat(alice.get("/submissions").getStatusCode().value()).as("after the log-out").isIn(302, 401);
	}

	private long sessionsOf(String user) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(user)
			.query(Long.class)
			.single();
	}

	private Snapshot snapshot() {
		return this.jdbc
			.sql("select count(*) as sessions, coalesce(max(last_access_time), 0) as last_access,"
					+ " (select count(*) from spring_session_attributes) as attributes from spring_session")
			.query((rs, row) -> new Snapshot(rs.getLong("sessions"), rs.getLong("last_access"),
					rs.getLong("attributes")))
			.single();
	}

	record Snapshot(long sessions, long lastAccess, long attributes) {
	}

}
