package org.opencall.needs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A grant piloting a solution to a need: where it stands and, once closed, its outcome
 * against the need ({@code SOLVED}, {@code PARTLY} or {@code NOT_SOLVED}, with a label in
 * words) and its indicators' final values.
 */
public record PilotOutcome(String grantReference, String callReference, String submissionReference, String title,
		String company, String hostOrganisation, String status, String statusLabel, String outcome, String outcomeLabel,
		Instant closedAt, List<IndicatorResult> indicators) {

	public PilotOutcome {
		indicators = List.copyOf(indicators);
	}

	public record IndicatorResult(String name, String unit, BigDecimal baseline, BigDecimal target,
			BigDecimal finalValue) {
	}

}
