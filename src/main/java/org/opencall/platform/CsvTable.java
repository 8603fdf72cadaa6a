package org.opencall.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's table as CSV (RFC 4180), written row by row to the stream as it is made:
 * fields separated by commas, lines by CRLF, a field quoted when it holds a comma, a
 * quote or a line break (its quotes doubled). A text that a spreadsheet would take for a
 * formula (starting with {@code = + - @}, a tab or a carriage return) is prefixed with
 * {@code '} so that it stays text. Amounts are plain decimals ({@code 48000.00}), moments
 * ISO 8601 with their offset in the zone asked for, so that a program reads the same
 * figures the PDF shows to people.
 */
public final class CsvTable {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final Writer out;

	private final List<String> row = new ArrayList<>();

	public CsvTable(Writer out, String... header) {
		this.out = out;
		for (String name : header) {
			text(name);
		}
		end();
	}

	/** A text field, guarded against being read as a formula. */
	public CsvTable text(String value) {
		this.row.add(quoted(guarded((value != null) ? value : "")));
		return this;
	}

	/** Text fields, one after the other. */
	public CsvTable texts(List<String> values) {
		values.forEach(this::text);
		return this;
	}

	/** An amount or a score as a plain decimal; empty for none. */
	public CsvTable number(BigDecimal value) {
		this.row.add((value != null) ? value.toPlainString() : "");
		return this;
	}

	public CsvTable number(long value) {
		this.row.add(Long.toString(value));
		return this;
	}

	/** A moment in ISO 8601 with its offset in the zone; empty for none. */
	public CsvTable moment(Instant value, ZoneId zone) {
		this.row.add((value != null) ? MOMENT.format(value.atZone(zone)) : "");
		return this;
	}

	/** Writes the row and starts the next. */
	public CsvTable end() {
		try {
			this.out.write(String.join(",", this.row));
			this.out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The CSV could not be written", ex);
		}
		this.row.clear();
		return this;
	}

	public void flush() {
		try {
			this.out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The CSV could not be written", ex);
		}
	}

	/** One text field as it is written: guarded against formulas, quoted as needed. */
	public static String cell(String value) {
		return quoted(guarded((value != null) ? value : ""));
	}

	static String guarded(String value) {
		if (value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula ? "'" + value : value;
	}

	static String quoted(String value) {
		boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0;
		return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

}
