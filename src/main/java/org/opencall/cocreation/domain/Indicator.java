package org.opencall.cocreation.domain;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A pilot indicator from the terms: what it measures, in which unit, from where to where;
 * its final value once the pilot is closed.
 */
@Table("pilot_indicators")
public record Indicator(String name, String unit, BigDecimal baseline, BigDecimal target, BigDecimal finalValue) {

	Indicator withFinalValue(BigDecimal value) {
		return new Indicator(this.name, this.unit, this.baseline, this.target, value);
	}

}
