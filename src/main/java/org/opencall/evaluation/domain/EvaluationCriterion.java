package org.opencall.evaluation.domain;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A criterion of the call as the evaluation started with it: its name, what it means for
 * the experts, its threshold and its weight in the ranking.
 */
@Table("evaluation_criteria")
public record EvaluationCriterion(String name, String description, BigDecimal threshold, BigDecimal weight) {
}
