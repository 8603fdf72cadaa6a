package org.opencall.audit;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineCsvTest {

	@Test
	void cellsWithCommasQuotesOrLineBreaksAreQuotedTheirQuotesDoubled() {
		assertThat(TimelineCsv.cell("plain text")).isEqualTo("plain text");
		assertThat(TimelineCsv.cell("a, b")).isEqualTo("\"a, b\"");
		assertThat(TimelineCsv.cell("the \"best\" one")).isEqualTo("\"the \"\"best\"\" one\"");
		assertThat(TimelineCsv.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
		assertThat(TimelineCsv.cell("ends\r")).isEqualTo("\"ends\r\"");
		assertThat(TimelineCsv.cell(null)).isEmpty();
	}

	@Test
	void cellsASpreadsheetWouldRunAsAFormulaStartWithAnApostrophe() {
		assertThat(TimelineCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
		assertThat(TimelineCsv.cell("+1")).isEqualTo("'+1");
		assertThat(TimelineCsv.cell("-1+2")).isEqualTo("'-1+2");
		assertThat(TimelineCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(TimelineCsv.cell("\tcmd")).isEqualTo("'\tcmd");
		assertThat(TimelineCsv.cell("a=b")).isEqualTo("a=b");
	}

	@Test
	void whatItWritesReadsBackCellForCell() {
		List<String> cells = List.of("=1+1", "a, \"b\"", "x\ny", "plain");
		StringBuilder csv = new StringBuilder();
		csv.append(String.join(",", cells.stream().map(TimelineCsv::cell).toList())).append("\r\n");

		assertThat(Csv.parse(csv.toString())).containsExactly(List.of("'=1+1", "a, \"b\"", "x\ny", "plain"));
	}

}
