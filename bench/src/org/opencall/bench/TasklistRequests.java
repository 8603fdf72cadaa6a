package org.opencall.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The engine REST requests of an expert's task list as Camunda Tasklist sends them: the
 * filter's first page of 15, newest first ({@code POST /engine-rest/filter/{id}/list}),
 * and the stock engine's task query by assignee, with HTTP Basic.
 */
final class TasklistRequests {

	static final int PAGE = 15;

	/** Tasklist's default sorting. */
	private static final String SORTING = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final int port;

	TasklistRequests(int port) {
		this.port = port;
	}

	/** The filter's first page in the media type asked for. */
	JsonNode filterList(String filter, String user, String accept) throws Exception {
		return send(
				HttpRequest.newBuilder(uri("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=" + PAGE))
					.header("Authorization", BenchApplication.basic(user))
					.header("Content-Type", "application/json")
					.header("Accept", accept)
					.POST(HttpRequest.BodyPublishers.ofString(SORTING))
					.build());
	}

	/** {@code GET /engine-rest/task?assignee=…}, the same page. */
	JsonNode assigned(String user) throws Exception {
		return send(HttpRequest
			.newBuilder(uri("/engine-rest/task?assignee=" + user + "&sortBy=created&sortOrder=desc&firstResult=0"
					+ "&maxResults=" + PAGE))
			.header("Authorization", BenchApplication.basic(user))
			.header("Accept", "application/json")
			.GET()
			.build());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private JsonNode send(HttpRequest request) throws Exception {
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}

}
