package org.opencall.reporting;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTest {

	@Test
	void fieldsAreQuotedAsRfc4180AsksAndLinesEndWithCrlf() {
		StringWriter out = new StringWriter();
		new CsvTable(out, "Name", "Note").text("Care, at home").text("He said \"yes\"\nthen left").end().flush();

		assertThat(out.toString()).isEqualTo("Name,Note\r\n\"Care, at home\",\"He said \"\"yes\"\"\nthen left\"\r\n");
		assertThat(Csv.records(out.toString())).containsExactly(List.of("Name", "Note"),
				List.of("Care, at home", "He said \"yes\"\nthen left"));
	}

	@Test
	void aTextASpreadsheetWouldTakeForAFormulaStaysText() {
		StringWriter out = new StringWriter();
		CsvTable table = new CsvTable(out, "Cell");
		for (String hostile : List.of("=HYPERLINK(\"http://evil.example\")", "+1+1", "-2", "@SUM(A1)", "\tx",
				"plain")) {
			table.text(hostile).end();
		}

		assertThat(Csv.records(out.toString())).extracting((record) -> record.get(0))
			.containsExactly("Cell", "'=HYPERLINK(\"http://evil.example\")", "'+1+1", "'-2", "'@SUM(A1)", "'\tx",
					"plain");
	}

	@Test
	void amountsArePlainDecimalsAndMomentsIsoWithTheirOffset() {
		StringWriter out = new StringWriter();
		new CsvTable(out, "Amount", "At", "Nothing").number(new BigDecimal("48000.00"))
			.moment(Instant.parse("2027-03-15T17:00:00Z"), ZoneId.of("Europe/Lisbon"))
			.number((BigDecimal) null)
			.end();

		assertThat(out.toString()).endsWith("\r\n48000.00,2027-03-15T17:00:00Z,\r\n");
	}

}
