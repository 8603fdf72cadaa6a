package org.opencall.calls.domain;

import java.math.BigDecimal;

/**
 * An evaluation criterion: scored 0–5 in half points; a proposal passes it at the
 * threshold; the weight orders the ranking only.
 */
public record Criterion(String name, BigDecimal threshold, BigDecimal weight) {
}
