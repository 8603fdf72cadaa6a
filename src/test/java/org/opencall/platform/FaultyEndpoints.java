package org.opencall.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that fail as a bug would, with SQL and a class name in the exception; only in
 * tests.
 */
final class FaultyEndpoints {

	static final String SECRET = "select secret from org.opencall.Internal where PSQLException";

	private FaultyEndpoints() {
	}

	@RestController
	static class Api {

		@GetMapping("/api/test-faults")
		String fail() {
			throw new IllegalStateException(SECRET);
		}

	}

	@Controller
	static class Page {

		@GetMapping("/test-faults")
		String fail() {
			throw new IllegalStateException(SECRET);
		}

	}

}
