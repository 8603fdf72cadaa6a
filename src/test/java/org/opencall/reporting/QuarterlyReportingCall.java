package org.opencall.reporting;

import java.util.Map;

import org.opencall.JsonApi;
import org.opencall.calls.CallFixtures;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call of the founding programme that reports to its funder every three months: drafted
 * by olivia through the API, approved by oscar, and published by its timer.
 */
final class QuarterlyReportingCall {

	private QuarterlyReportingCall() {
	}

	/** The published call's reference. */
	static String published(JsonApi api, SubmissionFixtures submissions) {
		String call = CallFixtures.newReference();
		Map<String, Object> json = CallFixtures.remoteMonitoringJson(CallFixtures.FOUNDING, call);
		json.put("selection", Map.of("reportEveryMonths", 3));
		assertThat(api.post("olivia", "/api/calls", json).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		api.post("olivia", "/api/calls/" + call + "/submission", null);
		api.post("oscar", "/api/calls/" + call + "/review", Map.of("decision", "APPROVE"));
		submissions.fireNextTimer(call);
		return call;
	}

}
