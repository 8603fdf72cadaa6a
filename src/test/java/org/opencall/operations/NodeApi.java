package org.opencall.operations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON API of a node as its clients call it: HTTP Basic with the demo cast's
 * password, JSON bodies, multipart uploads. Each request gives up after {@link #TIMEOUT},
 * so that a hanging answer fails the test instead of stalling it.
 */
final class NodeApi {

	static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	private final String baseUrl;

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	NodeApi(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	static NodeApi of(ApplicationNode node) {
		return new NodeApi(node.baseUrl());
	}

	HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
		return send(request(user, path).GET());
	}

	HttpResponse<String> post(String user, String path, Object body, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = request(user, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString((body == null) ? "" : JSON.writeValueAsString(body)));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	/** A multipart upload of one PDF with its document type. */
	HttpResponse<String> upload(String user, String path, String type, String fileName, byte[] content)
			throws IOException, InterruptedException {
		String boundary = "----opencall" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(user, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private HttpRequest.Builder request(String user, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(TIMEOUT)
			.header("Accept", "application/json");
		if (user != null) {
			String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
			request.header("Authorization", "Basic " + credentials);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static Map<String, Object> json(HttpResponse<String> response) {
		try {
			return JSON.readValue(response.body(), OBJECT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Not a JSON object (" + response.statusCode() + "): " + response.body(), ex);
		}
	}

}
