package org.opencall.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.authorization.Groups;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo profile seeds its cast and programmes once the application is ready, a moment
 * after it starts answering HTTP. Logging in to find out would count failed logins
 * against the login throttle, so the database is asked instead: the cast is complete once
 * the seeding's last step, admin's membership of the webapps' admin group, is there.
 */
final class SeededDemoCast {

	private SeededDemoCast() {
	}

	static void await(Callable<Connection> database, Duration timeout) throws Exception {
		Instant until = Instant.now().plus(timeout);
		while (!seeded(database)) {
			assertThat(Instant.now()).as("demo cast seeded within %s", timeout).isBefore(until);
			Thread.sleep(500);
		}
	}

	private static boolean seeded(Callable<Connection> database) throws Exception {
		try (Connection connection = database.call();
				PreparedStatement query = connection.prepareStatement(
						"select count(*) from act_id_membership where user_id_ = 'admin' and group_id_ = ?")) {
			query.setString(1, Groups.CAMUNDA_ADMIN);
			ResultSet rows = query.executeQuery();
			rows.next();
			return rows.getLong(1) > 0;
		}
	}

}
