package org.opencall.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured and
 * points the data source at it. Its data directory survives restarts unless told to start
 * clean (the tests do). One server per JVM, stopped when the JVM stops.
 */
class EmbeddedPostgresStarter implements EnvironmentPostProcessor {

	static final String DATA_DIRECTORY = "opencall.embedded-postgres.data-directory";

	static final String CLEAN = "opencall.embedded-postgres.clean";

	static final String PORT = "opencall.embedded-postgres.port";

	private static EmbeddedPostgres server;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		EmbeddedPostgres postgres = start(environment);
		String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedPostgres", Map.of("spring.datasource.url", url,
					"spring.datasource.username", "postgres", "spring.datasource.password", "")));
	}

	private static synchronized EmbeddedPostgres start(ConfigurableEnvironment environment) {
		if (server != null) {
			return server;
		}
		Path dataDirectory = Path.of(environment.getProperty(DATA_DIRECTORY, "data/postgres")).toAbsolutePath();
		boolean clean = environment.getProperty(CLEAN, Boolean.class, false);
		try {
			Files.createDirectories(dataDirectory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(clean)
				.setServerConfig("max_connections", "200");
			int port = environment.getProperty(PORT, Integer.class, 0);
			if (port > 0) {
				builder.setPort(port);
			}
			server = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresStarter::stop, "embedded-postgres-stop"));
		return server;
	}

	private static synchronized void stop() {
		try {
			if (server != null) {
				server.close();
			}
		}
		catch (IOException ex) {
			// the JVM is stopping; PostgreSQL recovers its data directory at the next
			// start
		}
	}

}
