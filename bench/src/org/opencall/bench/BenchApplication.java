package org.opencall.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.opencall.OpencallApplication;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as the in-process benchmarks start it: the demo cast on a fresh
 * embedded PostgreSQL of its own, on a free port, the job executor and the mail server
 * off, so that only what a benchmark sends runs; a mail that finds no server is tried again
 * only after an hour, so that the outbox's retries do not load the phases measured later.
 */
final class BenchApplication {

	private BenchApplication() {
	}

	/**
	 * Starts the application on a clean database in {@code dataDirectory} with a pool of
	 * {@code connections}; the post-processors may wrap its beans (the data source).
	 */
	static ConfigurableApplicationContext start(String dataDirectory, int connections, String[] args,
			BeanPostProcessor... processors) {
		// system properties outrank application.properties
		Map<String, String> settings = Map.of("server.port", "0", "opencall.embedded-postgres.data-directory",
				dataDirectory, "opencall.embedded-postgres.clean", "true", "camunda.bpm.job-execution.enabled", "false",
				"opencall.mail.embedded-smtp.enabled", "false", "opencall.mail.retry.first-delay", "PT1H",
				"opencall.demo.open-call", "false",
				"spring.datasource.hikari.maximum-pool-size", String.valueOf(connections), "logging.level.root",
				"WARN");
		settings.forEach(System::setProperty);
		return new SpringApplicationBuilder(OpencallApplication.class).profiles("demo")
			.initializers((ConfigurableApplicationContext c) -> {
				for (BeanPostProcessor processor : processors) {
					c.getBeanFactory().addBeanPostProcessor(processor);
				}
			})
			.run(args);
	}

	static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/** The demo cast's and the bench experts' password is {@code demo}. */
	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
	}

}
