package org.opencall.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

/**
 * The period a report page is filtered by, each end optional and inclusive ({@code from}
 * 2027-01-01 to 2027-06-30 is the first half of 2027). A call belongs to it when it was
 * open for submissions at some time in it. An end before the start is refused, naming the
 * field {@code to}.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

	public static final ReportPeriod ALWAYS = new ReportPeriod(null, null);

	public ReportPeriod {
		if (from != null && to != null && to.isBefore(from)) {
			throw InvalidInputException.of("to", "must not be before the start of the period (" + from + ")");
		}
	}

	/**
	 * The period from the texts of a filter form or query ({@code 2027-01-31}, blank for
	 * none); every unreadable or inverted end is refused at once, naming its field.
	 */
	public static ReportPeriod parse(String from, String to) {
		List<FieldViolation> violations = new ArrayList<>();
		LocalDate start = date("from", from, violations);
		LocalDate end = date("to", to, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new ReportPeriod(start, end);
	}

	/**
	 * Whether a call open from {@code opensAt} to {@code deadline} was open at some time
	 * in the period, its days counted in the call's time zone.
	 */
	public boolean covers(Instant opensAt, Instant deadline, ZoneId zone) {
		boolean startedBeforeItsEnd = this.to == null || !LocalDate.ofInstant(opensAt, zone).isAfter(this.to);
		boolean endedAfterItsStart = this.from == null || !LocalDate.ofInstant(deadline, zone).isBefore(this.from);
		return startedBeforeItsEnd && endedAfterItsStart;
	}

	public boolean isAlways() {
		return this.from == null && this.to == null;
	}

	private static LocalDate date(String field, String text, List<FieldViolation> violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			violations.add(new FieldViolation(field, "must be a date such as 2027-01-31"));
			return null;
		}
	}

}
