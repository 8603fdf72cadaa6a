package org.opencall.platform;

import java.sql.SQLException;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that fail as a bug would, with SQL and a class name in the exception, or as a
 * database that went away; only in tests.
 */
final class FaultyEndpoints {

	static final String SECRET = "select secret from org.opencall.Internal where PSQLException";

	private FaultyEndpoints() {
	}

	/** What the engine throws when PostgreSQL shuts down under it. */
	static ProcessEngineException databaseGone() {
		return new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation " + SECRET,
				new PersistenceException("### Error querying database. " + SECRET,
						new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
	}

	@RestController
	static class Api {

		@GetMapping("/api/test-faults")
		String fail() {
			throw new IllegalStateException(SECRET);
		}

		@GetMapping("/api/test-faults/database")
		String databaseDown() {
			throw databaseGone();
		}

	}

	@Controller
	static class Page {

		@GetMapping("/test-faults")
		String fail() {
			throw new IllegalStateException(SECRET);
		}

		@GetMapping("/test-faults/database")
		String databaseDown() {
			throw databaseGone();
		}

	}

}
