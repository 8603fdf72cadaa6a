package org.opencall.needs.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.RepositoryTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Needs are stored and read back whole — their details, what is kept confidential, every
 * question and answer — and a change made by someone else in between is refused.
 */
@RepositoryTest
class NeedRepositoryTest {

	private static final Instant NOW = Instant.parse("2027-01-05T09:00:00Z");

	@Autowired
	NeedRepository needs;

	@Autowired
	JdbcClient jdbc;

	UUID hospital;

	@BeforeEach
	void hospital() {
		this.hospital = UUID.randomUUID();
		this.jdbc
			.sql("insert into organisations (id, name, country, type) values (:id, 'Repo Hospital', 'PT', 'HOSPITAL')")
			.param("id", this.hospital)
			.update();
	}

	@Test
	void aNeedIsReadBackWithItsDetailsAndQuestions() {
		Need need = submitted();
		need.askForClarification("olivia", "Which wards take part?", NOW);
		need.answerClarification("nora", "Cardiology only.", NOW.plusSeconds(60));
		need.askForClarification("oscar", "How many beds?", NOW.plusSeconds(120));
		this.needs.save(need);

		Need read = this.needs.findByReference(need.reference()).orElseThrow();
		assertThat(read.details()).isEqualTo(need.details());
		assertThat(read.details().confidentialFields()).containsExactlyInAnyOrder(ConfidentialField.CURRENT_BURDEN,
				ConfidentialField.ORGANISATION);
		assertThat(read.clarifications()).isEqualTo(need.clarifications());
		assertThat(read.clarifications()).extracting(Clarification::round).containsExactly(1, 2);
		assertThat(read.openQuestion().question()).isEqualTo("How many beds?");
		assertThat(read.status()).isEqualTo(NeedStatus.IN_CLARIFICATION);
		assertThat(read.organisationId()).isEqualTo(this.hospital);
		assertThat(read.submittedAt()).isEqualTo(NOW);
		assertThat(this.needs.findById(need.id())).isPresent();
	}

	@Test
	void theSameInstanceCanBeSavedAgainAfterEachChange() {
		Need need = submitted();
		this.needs.save(need);
		need.askForClarification("olivia", "Which wards take part?", NOW);
		this.needs.save(need);
		need.answerClarification("nora", "Cardiology only.", NOW);
		this.needs.save(need);
		need.validate("oscar");
		this.needs.save(need);

		Need read = this.needs.findById(need.id()).orElseThrow();
		assertThat(read.status()).isEqualTo(NeedStatus.VALIDATED);
		assertThat(read.decidedBy()).isEqualTo("oscar");
		assertThat(read.clarifications()).singleElement()
			.satisfies((c) -> assertThat(c.answer()).isEqualTo("Cardiology only."));
		assertThat(read.version()).isEqualTo(need.version());
	}

	@Test
	void aChangeSavedByAnotherOfficerMeanwhileIsNotOverwritten() {
		Need need = submitted();
		this.needs.save(need);
		Need olivias = this.needs.findById(need.id()).orElseThrow();
		Need oscars = this.needs.findById(need.id()).orElseThrow();

		olivias.reject("olivia", "Out of scope");
		this.needs.save(olivias);
		oscars.validate("oscar");

		assertThatThrownBy(() -> this.needs.save(oscars)).isInstanceOf(OptimisticLockingFailureException.class);
		Need read = this.needs.findById(need.id()).orElseThrow();
		assertThat(read.status()).isEqualTo(NeedStatus.REJECTED);
		assertThat(read.decidedBy()).isEqualTo("olivia");
	}

	@Test
	void anEditReplacesTheDetails() {
		Need need = submitted();
		this.needs.save(need);
		need.edit(NeedDetails.of("Falls at night", "Residents fall when they get up alone.", "LONG_TERM_CARE",
				"Residents of care homes", 40, "Night rounds", "Fractures", "Fewer falls", "MEDIUM", Set.of()));
		this.needs.save(need);

		NeedDetails read = this.needs.findById(need.id()).orElseThrow().details();
		assertThat(read.title()).isEqualTo("Falls at night");
		assertThat(read.careSetting()).isEqualTo(CareSetting.LONG_TERM_CARE);
		assertThat(read.urgency()).isEqualTo(Urgency.MEDIUM);
		assertThat(read.confidentialFields()).isEmpty();
	}

	@Test
	void referencesAreNumberedOneAfterAnother() {
		String first = this.needs.nextReference();
		String second = this.needs.nextReference();
		assertThat(first).matches("N-\\d{5,}");
		assertThat(Integer.parseInt(second.substring(2))).isEqualTo(Integer.parseInt(first.substring(2)) + 1);
	}

	private Need submitted() {
		return Need.submit(this.needs.nextReference(), this.hospital, "nora",
				NeedDetails.of("Early warning of heart failure decompensation at home",
						"Patients are readmitted because decompensation is noticed too late.", "HOME_CARE",
						"Patients discharged after heart failure", 1200, "Nurse phone calls every two weeks",
						"EUR 2.1 million a year in readmissions", "Fewer readmissions, earlier treatment", "HIGH",
						Set.of("CURRENT_BURDEN", "ORGANISATION")),
				NOW);
	}

}
