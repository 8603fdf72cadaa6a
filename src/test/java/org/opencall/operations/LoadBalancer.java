package org.opencall.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * HAProxy from Debian's packages ({@code apt-get install haproxy}; {@code .ci/run}
 * installs it) in front of application nodes: round-robin, no stickiness, each node
 * health-checked every second on its readiness endpoint (or, where the node has none, on
 * a static file: the login page would start a session at every check). The configuration
 * is generated on a free port and written next to the nodes' logs, so that a failing run
 * shows what was balanced how.
 */
public final class LoadBalancer implements AutoCloseable {

	private static final String HAPROXY = System.getProperty("opencall.haproxy", "/usr/sbin/haproxy");

	private static final String READINESS = "/actuator/health/readiness";

	private static final String STATIC_FILE = "/favicon.svg";

	private final int port = ApplicationNode.freePort();

	private final Process process;

	private LoadBalancer(List<ApplicationNode> nodes) {
		Path config = Path.of("target", "it-logs", "haproxy.cfg");
		Path log = Path.of("target", "it-logs", "haproxy.log");
		try {
			Files.createDirectories(config.getParent());
			Files.writeString(config, configuration(this.port, healthPath(nodes.get(0)), nodes));
			this.process = new ProcessBuilder(HAPROXY, "-db", "-f", config.toString()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("HAProxy (" + HAPROXY + ") did not start; apt-get install haproxy", ex);
		}
	}

	/** Starts HAProxy and waits until it passes requests to every node. */
	public static LoadBalancer over(List<ApplicationNode> nodes, Duration timeout) {
		LoadBalancer balancer = new LoadBalancer(nodes);
		balancer.awaitAnswering(nodes.size(), timeout);
		return balancer;
	}

	/**
	 * The configuration an operator would write, with the nodes and the port filled in.
	 */
	static String configuration(int port, String healthPath, List<ApplicationNode> nodes) {
		String servers = nodes.stream()
			.map((node) -> "    server " + node.name() + " 127.0.0.1:" + node.port() + " check inter 1s fall 2 rise 1")
			.collect(Collectors.joining("\n"));
		return """
				global
				    maxconn 512

				defaults
				    mode http
				    timeout connect 5s
				    timeout client 120s
				    timeout server 120s
				    # the nodes see the client's address (server.forward-headers-strategy=native)
				    option forwardfor
				    option http-server-close

				frontend opencall
				    bind 127.0.0.1:%d
				    default_backend nodes

				backend nodes
				    balance roundrobin
				    option httpchk
				    http-check send meth GET uri %s
				    http-check expect status 200
				%s
				""".formatted(port, healthPath, servers);
	}

	/** Readiness where the node answers it without a login, else a static file. */
	private static String healthPath(ApplicationNode node) {
		try {
			HttpResponse<Void> answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(node.uri(READINESS)).GET().build(),
						HttpResponse.BodyHandlers.discarding());
			return (answer.statusCode() == 200) ? READINESS : STATIC_FILE;
		}
		catch (IOException ex) {
			return STATIC_FILE;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void awaitAnswering(int nodes, Duration timeout) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant until = Instant.now().plus(timeout);
		int answered = 0;
		while (Instant.now().isBefore(until)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("HAProxy stopped; see target/it-logs/haproxy.log");
			}
			try {
				HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
						HttpResponse.BodyHandlers.discarding());
				answered = (answer.statusCode() == 200) ? answered + 1 : 0;
				if (answered >= 2 * nodes) {
					return;
				}
			}
			catch (IOException ex) {
				answered = 0;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException("HAProxy did not pass requests within " + timeout);
	}

	public int port() {
		return this.port;
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
