package org.opencall.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * An empty database of its own on an external PostgreSQL server (by default the machine's
 * own, {@code -Dopencall.it.postgres=127.0.0.1:5432}, user postgres, trust
 * authentication), dropped again when closed.
 */
public final class ScratchDatabase implements AutoCloseable {

	private static final String SERVER = System.getProperty("opencall.it.postgres", "127.0.0.1:5432");

	private final String name;

	private ScratchDatabase(String name) {
		this.name = name;
	}

	public static ScratchDatabase create(String purpose) {
		String name = "opencall_it_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
		execute("create database " + name);
		return new ScratchDatabase(name);
	}

	public String name() {
		return this.name;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://" + SERVER + "/" + this.name;
	}

	public String username() {
		return "postgres";
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl(), username(), "");
	}

	@Override
	public void close() {
		execute("drop database if exists " + this.name + " with (force)");
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres",
				"postgres", ""); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + SERVER, ex);
		}
	}

}
