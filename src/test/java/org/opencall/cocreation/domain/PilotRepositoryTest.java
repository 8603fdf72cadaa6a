package org.opencall.cocreation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.RepositoryTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencall.cocreation.domain.PilotFixtures.COMPANY;
import static org.opencall.cocreation.domain.PilotFixtures.HOSPITAL;
import static org.opencall.cocreation.domain.PilotFixtures.report;
import static org.opencall.cocreation.domain.PilotFixtures.terms;

@RepositoryTest
class PilotRepositoryTest {

	private static final Instant NOW = Instant.parse("2027-03-02T10:00:00Z");

	@Autowired
	PilotRepository pilots;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void programmeAndOrganisations() {
		this.jdbc.sql(
				"insert into programmes (code, name) values ('healthchain-founding', 'Founding') on conflict do nothing")
			.update();
		for (var organisation : Map.of(COMPANY, "MedSense (test)", HOSPITAL, "Hospital (test)").entrySet()) {
			this.jdbc
				.sql("insert into organisations (id, name, country, type) values (:id, :name, 'PT', 'SME')"
						+ " on conflict do nothing")
				.param("id", organisation.getKey())
				.param("name", organisation.getValue())
				.update();
		}
	}

	@Test
	void aPilotIsReadBackWithItsMilestonesDeliverablesIndicatorsAndPayments() {
		Pilot pilot = Pilot.open(terms(), NOW);
		pilot.holdKickOff("olivia", LocalDate.of(2027, 3, 5), "Met at the ward", Set.of("nora"), NOW);
		pilot.submitDeliverable("alice", 1, "Pilot on 20 patients", report(), Map.of("Readmissions avoided", "6.5"),
				NOW);
		pilot.review("oscar", "accept", null, NOW);
		pilot.bindRelease("task-1");
		this.pilots.save(pilot);

		Pilot read = this.pilots.findByGrantReference("G-2027-001").orElseThrow();

		assertThat(read.status()).isEqualTo(PilotStatus.RUNNING);
		assertThat(read.needOwners()).containsExactly("nora");
		assertThat(read.needReferences()).containsExactly("N-0001");
		assertThat(read.milestones()).extracting(Milestone::status)
			.containsExactly(MilestoneStatus.SUBMITTED, MilestoneStatus.OPEN);
		Deliverable deliverable = read.latestDeliverable().orElseThrow();
		assertThat(deliverable.officerVerdict()).isEqualTo(Verdict.ACCEPT);
		assertThat(deliverable.hostVerdict()).isNull();
		assertThat(deliverable.documents().documents()).singleElement()
			.satisfies((d) -> assertThat(d.fileName()).isEqualTo("report.pdf"));
		assertThat(deliverable.readings().values().get("Readmissions avoided")).isEqualByComparingTo("6.5");
		assertThat(read.paymentOfTask("task-1").orElseThrow().number()).isEqualTo(1);
		assertThat(read.ledger().due()).isEqualByComparingTo("20000");
		assertThat(this.pilots.findByNeed("N-0001")).extracting(Pilot::grantReference).containsExactly("G-2027-001");
		assertThat(this.pilots.findByCompanyIdOrderByGrantReference(COMPANY)).hasSize(1);
	}

	@Test
	void aStalePilotIsNotSaved() {
		this.pilots.save(Pilot.open(terms(), NOW));
		Pilot first = this.pilots.findByGrantReference("G-2027-001").orElseThrow();
		Pilot second = this.pilots.findByGrantReference("G-2027-001").orElseThrow();
		first.release(1, "oscar", NOW);
		this.pilots.save(first);

		second.release(1, "peter", NOW);
		assertThatThrownBy(() -> this.pilots.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.pilots.findByGrantReference("G-2027-001").orElseThrow().payment(1).releasedBy())
			.isEqualTo("oscar");
	}

}
