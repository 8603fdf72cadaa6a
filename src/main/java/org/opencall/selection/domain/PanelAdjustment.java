package org.opencall.selection.domain;

import java.time.Instant;

/**
 * A change the ranking panel made to the computed ranking, kept with its written
 * justification, who made it and when: a {@link ScoreAdjustment} changes a consensus
 * score (before and after), an {@link OrderAdjustment} moves a passing proposal to
 * another place. The ranking applies every adjustment again each time it is computed, so
 * a stored list of adjustments is the whole history of the panel's changes.
 */
public sealed interface PanelAdjustment permits ScoreAdjustment, OrderAdjustment {

	/** The fewest letters or digits a justification has: a sentence, not a word. */
	int MIN_JUSTIFICATION_LETTERS = 20;

	String submissionReference();

	String justification();

	/** The panel member who made the change (a user name). */
	String by();

	Instant at();

}
