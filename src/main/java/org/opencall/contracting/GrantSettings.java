package org.opencall.contracting;

import java.math.BigDecimal;
import java.time.Duration;

import org.opencall.contracting.domain.PlanRules;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The installation's grant settings ({@code opencall.grants.*}): the acceptance period
 * and its reminder, and the default payment plan.
 */
@ConfigurationProperties("opencall.grants")
public record GrantSettings(Duration acceptancePeriod, Duration acceptanceReminderBefore, BigDecimal advancePercent,
		BigDecimal midTermPercent, BigDecimal finalPercent, BigDecimal capBeforeLastPercent,
		int defaultDurationMonths) {

	PlanRules planRules() {
		return new PlanRules(this.advancePercent, this.midTermPercent, this.finalPercent, this.capBeforeLastPercent,
				this.defaultDurationMonths);
	}

}
