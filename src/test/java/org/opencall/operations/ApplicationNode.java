package org.opencall.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged application ({@code -Dopencall.jar}, set by failsafe) started as a process
 * of its own, the way an operator runs it: {@code java -jar} with settings on the command
 * line, its output in {@code target/it-logs/<name>.log}. No demo profile unless a test
 * adds it.
 */
public final class ApplicationNode implements AutoCloseable {

	private final String name;

	private final int port;

	private final Map<String, String> settings = new LinkedHashMap<>();

	private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx768m"));

	private Process process;

	private ApplicationNode(String name, int port) {
		this.name = name;
		this.port = port;
		this.settings.put("server.port", String.valueOf(port));
	}

	/** A node on a free port. */
	public static ApplicationNode named(String name) {
		return new ApplicationNode(name, freePort());
	}

	/**
	 * A node on the given port, e.g. to start it again where a load balancer expects it.
	 */
	public static ApplicationNode named(String name, int port) {
		return new ApplicationNode(name, port);
	}

	/** A setting given as {@code --key=value}. */
	public ApplicationNode with(String key, Object value) {
		this.settings.put(key, String.valueOf(value));
		return this;
	}

	/** On a database of an external or test-owned PostgreSQL server. */
	public ApplicationNode onDatabase(String jdbcUrl, String username) {
		return with("spring.datasource.url", jdbcUrl).with("spring.datasource.username", username);
	}

	/**
	 * With the demo cast (people, organisations, programmes) but none of the demo calls,
	 * which a test makes itself, and without the embedded SMTP server.
	 */
	public ApplicationNode withDemoCastOnly() {
		return with("spring.profiles.active", "demo").with("opencall.demo.open-call", false)
			.with("opencall.demo.closed-call", false)
			.with("opencall.demo.evaluated-call", false)
			.with("opencall.demo.contracted-call", false)
			.with("opencall.mail.embedded-smtp.enabled", false);
	}

	public ApplicationNode withJvmOption(String option) {
		this.jvmOptions.add(option);
		return this;
	}

	/** Starts the process and waits until it answers HTTP (at most {@code timeout}). */
	public ApplicationNode start(Duration timeout) {
		String jar = System.getProperty("opencall.jar");
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException("No packaged jar (-Dopencall.jar=" + jar + "); run through mvn verify");
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.jvmOptions);
		command.add("-jar");
		command.add(jar);
		this.settings.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			Files.createDirectories(logFile().getParent());
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		awaitAnswering(timeout);
		return this;
	}

	private void awaitAnswering(Duration timeout) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant until = Instant.now().plus(timeout);
		while (Instant.now().isBefore(until)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " stopped while starting; see " + logFile());
			}
			try {
				HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			pause(Duration.ofMillis(500));
		}
		throw new IllegalStateException(this.name + " did not answer within " + timeout + "; see " + logFile());
	}

	/** {@code kill -9}: no shutdown hook, no graceful stop. */
	public void kill() {
		if (this.process != null) {
			this.process.destroyForcibly();
			waitFor();
		}
	}

	/** A graceful stop (SIGTERM), as a service manager does it. */
	public void stop() {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			waitFor();
		}
	}

	private void waitFor() {
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	public String name() {
		return this.name;
	}

	public int port() {
		return this.port;
	}

	public String baseUrl() {
		return "http://localhost:" + this.port;
	}

	public URI uri(String path) {
		return URI.create(baseUrl() + path);
	}

	public Path logFile() {
		return Path.of("target", "it-logs", this.name + ".log");
	}

	/** What the node has printed so far. */
	public String log() {
		try {
			return Files.readString(logFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		stop();
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
