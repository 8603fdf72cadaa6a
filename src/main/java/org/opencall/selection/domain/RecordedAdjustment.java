package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A change the panel made to the ranking, as kept with the selection with its
 * justification: a consensus score of one criterion ({@code SCORE}: the score before and
 * after) or a proposal's place among the passing proposals ({@code ORDER}: the position
 * before and after, from 1).
 */
@Table("selection_adjustments")
public record RecordedAdjustment(Kind kind, String submissionReference, String criterion, BigDecimal valueBefore,
		BigDecimal valueAfter, String justification, String adjustedBy, Instant adjustedAt) {

	public enum Kind {

		SCORE, ORDER

	}

}
