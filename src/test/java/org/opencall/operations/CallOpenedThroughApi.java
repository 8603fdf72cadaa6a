package org.opencall.operations;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call of the demo's founding programme made the way officers make one through the JSON
 * API: olivia drafts it and submits it for approval, oscar approves it, and it opens at
 * its opening time by its timer, which the job executor fires.
 */
final class CallOpenedThroughApi {

	static final String CHALLENGE = "Heart failure at home";

	private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

	private CallOpenedThroughApi() {
	}

	/**
	 * Drafts and approves a call opening after {@code opensIn}; answers its reference.
	 */
	static String schedule(NodeApi api, String reference, Duration opensIn) throws IOException, InterruptedException {
		LocalDateTime opening = LocalDateTime.ofInstant(Instant.now().plus(opensIn), LISBON)
			.truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> call = new LinkedHashMap<>();
		call.put("programme", "healthchain-founding");
		call.put("reference", reference);
		call.put("title", "Remote monitoring of chronic patients");
		call.put("description", "Hospitals look for home monitoring.");
		call.put("challenges", List.of(Map.of("title", CHALLENGE, "description", "Detect decompensation early.")));
		call.put("totalBudget", 5000000);
		call.put("maxGrant", 50000);
		call.put("currency", "EUR");
		call.put("opening", opening.toString());
		call.put("deadline", opening.plusDays(30).toString());
		call.put("timeZone", LISBON.getId());
		expect(api.post("olivia", "/api/calls", call), 201);
		expect(api.post("olivia", "/api/calls/" + reference + "/submission", null), 200);
		expect(api.post("oscar", "/api/calls/" + reference + "/review", Map.of("decision", "APPROVE")), 200);
		return reference;
	}

	static Instant opensAt(NodeApi api, String reference) throws IOException, InterruptedException {
		return Instant.parse(
				String.valueOf(NodeApi.json(expect(api.get("olivia", "/api/calls/" + reference), 200)).get("opensAt")));
	}

	static String status(NodeApi api, String reference) throws IOException, InterruptedException {
		return String.valueOf(NodeApi.json(expect(api.get("olivia", "/api/calls/" + reference), 200)).get("status"));
	}

	/** Waits until the call's timer has opened it. */
	static void awaitOpen(NodeApi api, String reference, Duration timeout) throws Exception {
		Instant until = Instant.now().plus(timeout);
		while (!"OPEN".equals(status(api, reference))) {
			assertThat(Instant.now()).as("call %s open within %s", reference, timeout).isBefore(until);
			Thread.sleep(500);
		}
	}

	static HttpResponse<String> expect(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as("%s answered %s", response.uri(), response.body()).isEqualTo(status);
		return response;
	}

}
