package org.opencall;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/**
 * Raw requests with HTTP Basic (or none): any method, any body as bytes, redirects not
 * followed, the answer as text. For tests that send what a well-behaved client would not.
 */
public final class BasicClient {

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	public BasicClient(int port) {
		this.port = port;
	}

	/**
	 * Sends a request as this user ({@code null}: anonymously); content type and body may
	 * be {@code null}.
	 */
	public ResponseEntity<String> send(String user, String password, String method, String path, String contentType,
			byte[] body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody());
		if (user != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		if (contentType != null) {
			request.header(HttpHeaders.CONTENT_TYPE, contentType);
		}
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			HttpHeaders answerHeaders = new HttpHeaders();
			response.headers().map().forEach(answerHeaders::addAll);
			return new ResponseEntity<>(response.body(), answerHeaders, HttpStatusCode.valueOf(response.statusCode()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A JSON request as a demo user (password {@code demo}), or anonymously. */
	public ResponseEntity<String> json(String user, String method, String path, String json) {
		return send(user, "demo", method, path, (json != null) ? "application/json" : null,
				(json != null) ? json.getBytes(StandardCharsets.UTF_8) : null, Map.of());
	}

}
