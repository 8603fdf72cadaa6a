package org.opencall.contracting.domain;

import java.math.BigDecimal;

/** A pilot indicator: what the pilot measures, in which unit, from where, to where. */
public record Indicator(String name, String unit, BigDecimal baseline, BigDecimal target) {
}
