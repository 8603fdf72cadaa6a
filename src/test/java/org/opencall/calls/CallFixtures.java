package org.opencall.calls;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.opencall.calls.CallDraft;

/**
 * Named calls for tests: a well-formed draft opening in ten days and closing a month
 * later, in Lisbon time.
 */
public final class CallFixtures {

	public static final String FOUNDING = "healthchain-founding";

	public static final String MIRROR = "healthchain-mirror";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private CallFixtures() {
	}

	public static String newReference() {
		return "T-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
	}

	public static LocalDateTime inDays(int days) {
		return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC)
			.plusDays(days)
			.withNano(0)
			.withSecond(0);
	}

	public static CallDraft remoteMonitoring() {
		return new CallDraft("Remote monitoring of chronic patients", "Hospitals look for home monitoring.",
				List.of(new CallDraft.Challenge("Heart failure at home", "Detect decompensation early.")),
				new BigDecimal("250000"), new BigDecimal("50000"), "EUR", inDays(10), inDays(40), "Europe/Lisbon", null,
				null, null);
	}

	/** The same call as the JSON the API takes. */
	public static Map<String, Object> remoteMonitoringJson(String programme, String reference) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("programme", programme);
		json.put("reference", reference);
		json.put("title", "Remote monitoring of chronic patients");
		json.put("description", "Hospitals look for home monitoring.");
		json.put("challenges",
				List.of(Map.of("title", "Heart failure at home", "description", "Detect decompensation early.")));
		json.put("totalBudget", 250000);
		json.put("maxGrant", 50000);
		json.put("currency", "EUR");
		json.put("opening", inDays(10).toString());
		json.put("deadline", inDays(40).toString());
		json.put("timeZone", "Europe/Lisbon");
		return json;
	}

}
