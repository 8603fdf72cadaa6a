package org.opencall.evaluation.domain;

import java.math.BigDecimal;

/**
 * A score of one criterion, 0 to 5 in half points, with the comment that justifies it.
 */
public record CriterionScore(String criterion, BigDecimal score, String comment) {
}
