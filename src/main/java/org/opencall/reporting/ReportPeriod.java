package org.opencall.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.opencall.platform.InvalidInputException;

/**
 * The days a report covers, from its first to its last, both included, in UTC. A period
 * that ends before it starts is refused, naming {@code to}.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

	public ReportPeriod {
		if (from == null) {
			throw InvalidInputException.of("from", "is required");
		}
		if (to == null) {
			throw InvalidInputException.of("to", "is required");
		}
		if (to.isBefore(from)) {
			throw InvalidInputException.of("to", "must not be before the start of the period (" + from + ")");
		}
	}

	/** The period between two moments: from the first's day to the day before the second's. */
	public static ReportPeriod between(Instant from, Instant until) {
		LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
		LocalDate last = LocalDate.ofInstant(until.minusNanos(1), ZoneOffset.UTC);
		return new ReportPeriod(first, last.isBefore(first) ? first : last);
	}

	/** The first day's start. */
	public Instant start() {
		return this.from.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** The end of the last day: the next day's start. */
	public Instant end() {
		return this.to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
