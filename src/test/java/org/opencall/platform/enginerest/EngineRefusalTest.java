package org.opencall.platform.enginerest;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.DatabaseUnavailable;
import org.opencall.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How engine failures are told: Opencall's refusals raised inside a task listener keep
 * their status, field and reason; engine messages lose their codes and class names; the
 * server's own faults say nothing about the inside.
 */
class EngineRefusalTest {

	@Test
	void aRefusalRaisedByATaskListenerKeepsItsFieldAndReason() {
		ProcessEngineException wrapped = new ProcessEngineException(
				"ENGINE-03051 There was an exception while invoking the TaskListener.",
				InvalidInputException.of("comment", "is required when sending a call back"));
		EngineRefusal refusal = EngineRefusal.of(wrapped);
		assertThat(refusal.status()).isEqualTo(400);
		assertThat(refusal.errors()).extracting("field").containsExactly("comment");
		assertThat(refusal.message()).doesNotContain("ENGINE").contains("is required when sending a call back");
		assertThat(EngineRefusal.of(new ProcessEngineException("x", new ActionForbiddenException("Four-eyes rule")))
			.status()).isEqualTo(403);
	}

	@Test
	void engineRefusalsAreFourHundredsInWords() {
		assertThat(EngineRefusal.of(new AuthorizationException("The user with id 'x' has no permission")).status())
			.isEqualTo(403);
		assertThat(EngineRefusal.of(new OptimisticLockingException("changed")).status()).isEqualTo(409);
		EngineRefusal serialized = EngineRefusal.of(new ProcessEngineException(
				"ENGINE-17007 Cannot set variable with name x. Java serialization format is prohibited"));
		assertThat(serialized.status()).isEqualTo(400);
		assertThat(serialized.message()).doesNotContain("ENGINE-").contains("Java serialization format is prohibited");
	}

	@Test
	void classNamesAndSqlNeverReachTheAnswer() {
		assertThat(EngineRefusal.words("ENGINE-1 Cannot cast org.camunda.bpm.engine.impl.Foo to java.lang.String"))
			.isEqualTo("Cannot cast a value to a value");
		EngineRefusal database = EngineRefusal.of(new ProcessEngineException(
				"### Error updating database. Cause: org.postgresql.util.PSQLException: select * from ACT_RU_TASK",
				new java.sql.SQLException("broken")));
		assertThat(database.status()).isEqualTo(500);
		assertThat(database.message()).isEqualTo("Something went wrong on the server; nothing was changed.");
	}

	@Test
	void aDatabaseThatCannotBeReachedIsServiceUnavailableInWords() {
		EngineRefusal down = EngineRefusal.of(new ProcessEngineException(
				"### Error querying database. Cause: org.postgresql.util.PSQLException: Connection refused",
				new java.sql.SQLException("Connection to localhost:5432 refused.", "08001")));
		assertThat(down.status()).isEqualTo(503);
		assertThat(down.message()).isEqualTo(DatabaseUnavailable.MESSAGE);
	}

}
