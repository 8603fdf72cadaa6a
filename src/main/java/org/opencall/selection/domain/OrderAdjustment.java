package org.opencall.selection.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

/**
 * The panel moved a passing proposal to {@code position} in the ranking (1 is the top):
 * the proposal is taken out of the ranked list and put back so that it is exactly at that
 * rank, those between its old and new place shifting by one. Order adjustments are
 * applied after the score adjustments and the sort, one after another in the order they
 * were made, so a later move may shift an earlier-moved proposal by one place. Refused
 * when made without a justification of at least
 * {@value PanelAdjustment#MIN_JUSTIFICATION_LETTERS} letters or with a position below 1;
 * the ranking refuses it for a proposal that fails a threshold (it cannot be ranked in)
 * and for a position beyond the passing proposals.
 */
public record OrderAdjustment(String submissionReference, int position, String justification, String by,
		Instant at) implements PanelAdjustment {

	public OrderAdjustment {
		List<FieldViolation> violations = new ArrayList<>();
		justification = AdjustmentChecks.common(violations, submissionReference, justification, by, at);
		if (position < 1) {
			violations.add(new FieldViolation("position", "must be 1 or more (1 is the top of the ranking)"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		submissionReference = submissionReference.strip();
	}

}
