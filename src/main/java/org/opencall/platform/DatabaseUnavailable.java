package org.opencall.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Tells a failure of the database's availability (PostgreSQL down or restarting, no
 * connection to be had within the pool's timeout, a connection cut under a request) from
 * a fault of the request or of the code. Such a request answers 503 with
 * {@code Retry-After}: nothing of it was kept, the same request later may pass, and the
 * application reconnects by itself once the database is back.
 */
public final class DatabaseUnavailable {

	/** What the caller is told, in words. */
	public static final String MESSAGE = "Opencall cannot reach its database just now; nothing was changed. "
			+ "Try again in a minute.";

	/** When the caller may try again, in seconds ({@code Retry-After}). */
	public static final int RETRY_AFTER_SECONDS = 30;

	/**
	 * PostgreSQL's codes for a server going away: shut down by an administrator, crashed,
	 * starting up or shutting down.
	 */
	private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

	private static final int MAX_DEPTH = 32;

	private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);

	private DatabaseUnavailable() {
	}

	/**
	 * Whether the failure or any of its causes (as the engine, MyBatis, Spring and the
	 * pool wrap it) says that the database could not be reached.
	 */
	public static boolean in(Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && isConnectionLost(sql.getSQLState())) {
				return true;
			}
			cause = (cause.getCause() == cause) ? null : cause.getCause();
		}
		return false;
	}

	/** SQLState class 08 (connection exception) or the server going away. */
	static boolean isConnectionLost(String sqlState) {
		return sqlState != null && (sqlState.startsWith("08") || SERVER_GOING_AWAY.contains(sqlState));
	}

	/**
	 * One line in the log for a request refused this way: the operators see the outage
	 * and its cause without a stack trace per request.
	 */
	public static void log(String what, Throwable failure) {
		LOG.warn("{} answered 503, the database is unavailable: {}", what, reason(failure));
	}

	/** The first line of the innermost cause, for a log line without a stack trace. */
	static String reason(Throwable failure) {
		Throwable root = failure;
		for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < MAX_DEPTH; depth++) {
			root = root.getCause();
		}
		String message = String.valueOf(root.getMessage());
		int lineBreak = message.indexOf('\n');
		return root.getClass().getSimpleName() + ": " + ((lineBreak >= 0) ? message.substring(0, lineBreak) : message);
	}

}
