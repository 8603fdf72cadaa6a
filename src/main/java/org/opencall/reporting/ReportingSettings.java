package org.opencall.reporting;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code opencall.reporting.*}: how often a call reports to its programme's funder while
 * it runs ({@code report-every}, an ISO-8601 period of one month to two years, default
 * six months) when the call sets no interval of its own
 * ({@code selection.reportEveryMonths}). The interval is fixed for each call when it is
 * published.
 */
@ConfigurationProperties("opencall.reporting")
public record ReportingSettings(Period reportEvery) {

	public static final Period DEFAULT = Period.ofMonths(6);

	public ReportingSettings {
		if (reportEvery == null) {
			reportEvery = DEFAULT;
		}
		long months = reportEvery.toTotalMonths();
		if (reportEvery.isNegative() || reportEvery.getDays() != 0 || months < 1 || months > 24) {
			throw new IllegalArgumentException("opencall.reporting.report-every must be whole months from P1M to P2Y,"
					+ " such as P6M; it is " + reportEvery);
		}
	}

}
