package org.opencall;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;

/**
 * Reads RFC 9457 problem details in tests.
 */
public final class Problems {

	private Problems() {
	}

	/** The fields a problem names under {@code errors}. */
	@SuppressWarnings("unchecked")
	public static List<String> fields(ResponseEntity<Map<String, Object>> problem) {
		Object errors = problem.getBody().get("errors");
		if (errors == null) {
			return List.of("(no errors: " + problem.getStatusCode() + " " + problem.getBody() + ")");
		}
		return ((List<Map<String, String>>) errors).stream().map((e) -> e.get("field")).toList();
	}

}
