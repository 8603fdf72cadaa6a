package org.opencall.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.opencall.platform.FieldViolation;

/**
 * What of a timeline to show: one person's doings (their login), one kind of entry
 * ({@code task}, {@code Score submitted}; or {@code engine}, {@code record} for a whole
 * source), and the days from {@code from} to {@code to}, both included, in UTC as the
 * timeline's times. A date that is not one, or a range that ends before it starts, is
 * refused naming the field; the rest of the filter still holds.
 */
public record TimelineFilter(String actor, String kind, LocalDate from, LocalDate to, List<FieldViolation> violations) {

	static final TimelineFilter NONE = new TimelineFilter(null, null, null, null, List.of());

	public TimelineFilter {
		violations = List.copyOf(violations);
	}

	static TimelineFilter of(String actor, String kind, String from, String to) {
		List<FieldViolation> violations = new ArrayList<>();
		LocalDate start = date("from", from, violations);
		LocalDate end = date("to", to, violations);
		if (start != null && end != null && end.isBefore(start)) {
			violations.add(new FieldViolation("to", "ends before the range starts: choose a day on or after " + start));
			start = null;
			end = null;
		}
		return new TimelineFilter(blankToNull(actor), blankToNull(kind), start, end, violations);
	}

	boolean isEmpty() {
		return this.actor == null && this.kind == null && this.from == null && this.to == null;
	}

	/** The reason a field was refused, or {@code null}. */
	public String violationOf(String field) {
		return this.violations.stream()
			.filter((v) -> v.field().equals(field))
			.map(FieldViolation::reason)
			.findFirst()
			.orElse(null);
	}

	boolean shows(TimelineEntry entry) {
		return (this.actor == null || this.actor.equals(entry.actorId()))
				&& (this.kind == null || this.kind.equalsIgnoreCase(entry.kind())
						|| this.kind.equalsIgnoreCase(entry.source()))
				&& (this.from == null || !entry.at().isBefore(startOf(this.from)))
				&& (this.to == null || entry.at().isBefore(startOf(this.to.plusDays(1))));
	}

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static LocalDate date(String field, String value, List<FieldViolation> violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			violations.add(new FieldViolation(field, "is not a date; write it as 2027-01-15"));
			return null;
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
