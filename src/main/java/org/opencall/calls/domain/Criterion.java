package org.opencall.calls.domain;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An evaluation criterion: scored 0–5 in half points; a proposal passes it at the
 * threshold; the weight orders the ranking only.
 */
@Table("call_criteria")
public record Criterion(String name, BigDecimal threshold, BigDecimal weight) {
}
