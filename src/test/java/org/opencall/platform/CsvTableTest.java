package org.opencall.platform;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.opencall.Csv;

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

	@Test
	void aCellIsQuotedOnlyWhenItHoldsACommaAQuoteOrALineBreak() {
		assertThat(CsvTable.cell("plain text")).isEqualTo("plain text");
		assertThat(CsvTable.cell("a, b")).isEqualTo("\"a, b\"");
		assertThat(CsvTable.cell("the \"best\" one")).isEqualTo("\"the \"\"best\"\" one\"");
		assertThat(CsvTable.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
		assertThat(CsvTable.cell("ends\r")).isEqualTo("\"ends\r\"");
		assertThat(CsvTable.cell(null)).isEmpty();
	}

	@Test
	void aCellASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe() {
		assertThat(CsvTable.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
		assertThat(CsvTable.cell("+1")).isEqualTo("'+1");
		assertThat(CsvTable.cell("-1+2")).isEqualTo("'-1+2");
		assertThat(CsvTable.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvTable.cell("\tcmd")).isEqualTo("'\tcmd");
		assertThat(CsvTable.cell("a=b")).isEqualTo("a=b");
	}

}
