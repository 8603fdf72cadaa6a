package org.opencall.reporting.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;
import org.opencall.reporting.domain.FunderReport.Kind;
import org.opencall.reporting.domain.FunderReport.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A report to the funder from its preparation to its mail, each step's guard. */
class FunderReportTest {

	private static final Instant NOW = Instant.parse("2027-07-15T09:00:00Z");

	@Test
	void aPreparedReportIsApprovedThenMailedOnce() {
		FunderReport report = periodic();

		assertThat(report.approve("olivia", " Fine ", NOW).comment()).isEqualTo("Fine");
		assertThat(report.mail("reports@funder.example", NOW).address()).isEqualTo("reports@funder.example");

		assertThat(report.status()).isEqualTo(Status.MAILED);
		assertThatThrownBy(() -> report.mail("reports@funder.example", NOW)).isInstanceOf(StateConflictException.class)
			.hasMessageContaining("Periodic report 2 of call HC-2027-01 is mailed to the funder");
	}

	@Test
	void aReportIsSentBackOnlyWithAReasonAndCorrectedOnlyWithANote() {
		FunderReport report = periodic();

		assertThatThrownBy(() -> report.sendBack("olivia", " ", NOW)).isInstanceOf(InvalidInputException.class)
			.satisfies(
					(ex) -> assertThat(((InvalidInputException) ex).violations().get(0).field()).isEqualTo("comment"));
		assertThat(report.status()).isEqualTo(Status.IN_REVIEW);
		report.sendBack("olivia", "A need is counted twice", NOW);
		assertThatThrownBy(() -> report.approve("oscar", null, NOW)).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> report.correct("oscar", "", "{}", NOW)).isInstanceOf(InvalidInputException.class);

		report.correct("oscar", "Merged the duplicate", "{\"refigured\": true}", NOW.plusSeconds(60));

		assertThat(report.status()).isEqualTo(Status.IN_REVIEW);
		assertThat(report.round()).isEqualTo(2);
		assertThat(report.figures()).isEqualTo("{\"refigured\": true}");
		assertThat(report.preparedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void aFinalReportIsNamedSo() {
		FunderReport report = FunderReport.prepare("HC-2027-01", 3, Kind.FINAL, "healthchain-founding", NOW, NOW, "{}",
				NOW);

		assertThat(report.title()).isEqualTo("Final report of call HC-2027-01");
		assertThat(report.prepared().kind()).isEqualTo("FINAL");
	}

	private static FunderReport periodic() {
		return FunderReport.prepare("HC-2027-01", 2, Kind.PERIODIC, "healthchain-founding",
				Instant.parse("2027-01-15T00:00:00Z"), NOW, "{}", NOW);
	}

}
