package org.opencall.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The lightest load generator there is for this machine: one HTTP/1.1 keep-alive
 * connection per thread, blocking, the request written as bytes and the answer read just
 * far enough to know its status and its end. The benchmark runs client, application and
 * PostgreSQL on the same two cores, so whatever the client spends is taken from the
 * application: a general-purpose client (the JDK's, which cost about as much as the
 * request it sent) would measure the client as much as the server.
 */
final class KeepAliveClient {

	private final int port;

	private final ThreadLocal<Connection> connections = new ThreadLocal<>();

	KeepAliveClient(int port) {
		this.port = port;
	}

	/** Sends the request and answers its status; the body is read and dropped. */
	int send(String method, String path, Map<String, String> headers) throws IOException {
		return send(method, path, headers, null);
	}

	/** Sends the request with a JSON body and answers its status. */
	int send(String method, String path, Map<String, String> headers, String json) throws IOException {
		byte[] body = (json != null) ? json.getBytes(StandardCharsets.UTF_8) : new byte[0];
		StringBuilder request = new StringBuilder(256).append(method)
			.append(' ')
			.append(path)
			.append(" HTTP/1.1\r\nHost: localhost:")
			.append(this.port)
			.append("\r\nContent-Length: ")
			.append(body.length)
			.append("\r\n");
		if (json != null) {
			request.append("Content-Type: application/json\r\n");
		}
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		byte[] head = request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
		byte[] bytes = new byte[head.length + body.length];
		System.arraycopy(head, 0, bytes, 0, head.length);
		System.arraycopy(body, 0, bytes, head.length, body.length);
		Connection connection = this.connections.get();
		if (connection == null || connection.closed) {
			connection = connect();
		}
		try {
			return connection.exchange(bytes);
		}
		catch (UnansweredException idle) {
			// the server closed a connection that waited longer than its keep-alive
			// timeout before reading this request: send it again on a new one
			return connect().exchange(bytes);
		}
	}

	private Connection connect() throws IOException {
		Connection connection = new Connection(new Socket("127.0.0.1", this.port));
		this.connections.set(connection);
		return connection;
	}

	/** A reused connection the server had closed before it answered anything. */
	private static final class UnansweredException extends IOException {

		UnansweredException() {
			super("the server closed the idle connection before answering");
		}

	}

	private static final class Connection {

		private final Socket socket;

		private final OutputStream out;

		private final InputStream in;

		private boolean closed;

		Connection(Socket socket) throws IOException {
			socket.setTcpNoDelay(true);
			this.socket = socket;
			this.out = socket.getOutputStream();
			this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
		}

		private int answered;

		int exchange(byte[] request) throws IOException {
			String statusLine;
			try {
				this.out.write(request);
				this.out.flush();
				statusLine = line();
			}
			catch (IOException ex) {
				if (this.answered > 0) {
					this.socket.close();
					throw new UnansweredException();
				}
				throw ex;
			}
			this.answered++;
			int status = Integer.parseInt(statusLine.substring(9, 12));
			long length = -1;
			boolean chunked = false;
			for (String header = line(); !header.isEmpty(); header = line()) {
				String lower = header.toLowerCase();
				if (lower.startsWith("content-length:")) {
					length = Long.parseLong(header.substring(15).trim());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					// the server ends the connection after this answer (its keep-alive
					// limit)
					this.closed = true;
				}
			}
			if (chunked) {
				for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(),
						16)) {
					skip(size);
					line();
				}
				line();
			}
			else if (length > 0) {
				skip(length);
			}
			if (this.closed) {
				this.socket.close();
			}
			return status;
		}

		private String line() throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream(128);
			for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
				if (b < 0) {
					throw new IOException("the server closed the connection");
				}
				if (b != '\r') {
					line.write(b);
				}
			}
			return line.toString(StandardCharsets.US_ASCII);
		}

		private void skip(long count) throws IOException {
			for (long left = count; left > 0;) {
				long skipped = this.in.skip(left);
				if (skipped <= 0) {
					if (this.in.read() < 0) {
						throw new IOException("the server closed the connection");
					}
					skipped = 1;
				}
				left -= skipped;
			}
		}

	}

}
