package org.opencall.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured and
 * points the data source at it. Its data directory survives restarts unless told to start
 * clean (the tests do). One server per JVM, shared by its application contexts and
 * stopped after the last of them has closed.
 */
class EmbeddedPostgresStarter implements EnvironmentPostProcessor {

	static final String DATA_DIRECTORY = "opencall.embedded-postgres.data-directory";

	static final String CLEAN = "opencall.embedded-postgres.clean";

	static final String PORT = "opencall.embedded-postgres.port";

	private static EmbeddedPostgres server;

	private static int users;

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
		application.addInitializers(new StopWhenClosed());
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
				// stopped by the application context after the engine, not by a racing
				// JVM hook
				.setRegisterShutdownHook(false)
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
		return server;
	}

	private static synchronized void release() throws IOException {
		users--;
		if (users == 0 && server != null) {
			server.close();
			server = null;
		}
	}

	/**
	 * Stops the server when the context closes, after its other beans (the engine, the
	 * connection pool) have shut down against a running database.
	 */
	private static final class StopWhenClosed implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			synchronized (EmbeddedPostgresStarter.class) {
				users++;
			}
			// registered before every other bean, hence destroyed after them
			((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("embeddedPostgresStop",
					EmbeddedPostgresStarter::release);
		}

	}

}
