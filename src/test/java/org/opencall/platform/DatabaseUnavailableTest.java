package org.opencall.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean that the database cannot be reached (a 503, try again) and which
 * are faults of the request or of the code, however deep the engine, MyBatis, Spring or
 * the pool wrap them.
 */
class DatabaseUnavailableTest {

	@Test
	void noConnectionFromThePoolInTimeIsUnavailability() {
		SQLTransientConnectionException timeout = new SQLTransientConnectionException(
				"HikariPool-1 - Connection is not available, request timed out after 5000ms.",
				new PSQLException("Connection to 127.0.0.1:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT));
		assertThat(DatabaseUnavailable
			.in(new CannotCreateTransactionException("Could not open JDBC Connection for transaction", timeout)))
			.isTrue();
		assertThat(DatabaseUnavailable.in(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")))
			.isTrue();
	}

	@Test
	void aConnectionCutUnderTheEngineIsUnavailability() {
		SQLException adminShutdown = new SQLException("FATAL: terminating connection due to administrator command",
				"57P01");
		ProcessEngineException engine = new ProcessEngineException("ENGINE-03004 Exception while executing Database",
				new PersistenceException("### Error querying database. Cause: ...", adminShutdown));
		assertThat(DatabaseUnavailable.in(engine)).isTrue();
		assertThat(DatabaseUnavailable
			.in(new ProcessEngineException("x", new PSQLException("An I/O error occurred while sending to the backend.",
					PSQLState.CONNECTION_FAILURE))))
			.isTrue();
		assertThat(DatabaseUnavailable.in(new SQLException("the database system is starting up", "57P03"))).isTrue();
	}

	@Test
	void faultsOfTheRequestOrTheCodeAreNot() {
		assertThat(DatabaseUnavailable.in(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseUnavailable.in(new ProcessEngineException("x", new SQLException("syntax error", "42601"))))
			.isFalse();
		assertThat(DatabaseUnavailable.in(new IllegalStateException("bug"))).isFalse();
		assertThat(DatabaseUnavailable.in(new ProcessEngineException("no cause"))).isFalse();
	}

	@Test
	void theLogLineNamesTheInnermostCauseOnItsFirstLine() {
		assertThat(DatabaseUnavailable.reason(
				new ProcessEngineException("outer", new SQLException("terminating connection\nDetail: more", "57P01"))))
			.isEqualTo("SQLException: terminating connection");
	}

}
