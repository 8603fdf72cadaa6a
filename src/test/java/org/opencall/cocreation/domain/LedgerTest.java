package org.opencall.cocreation.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencall.cocreation.domain.PilotFixtures.terms;

/** A call's ledger adds up its grants' ledgers. */
class LedgerTest {

	private static final Instant NOW = Instant.parse("2027-03-02T10:00:00Z");

	@Test
	void aCallsLedgerIsTheSumOfItsGrants() {
		Pilot first = Pilot.open(terms(), NOW);
		first.release(1, "oscar", NOW);
		Pilot second = Pilot.open(terms(1, "40000", "16000", "18000", "6000"), NOW);

		Ledger total = Ledger.total(java.util.List.of(first.ledger(), second.ledger()));

		// 50,000 + 40,000; planned 30,000 + 24,000; due 0 + 16,000; released 20,000
		assertThat(total.amount()).isEqualByComparingTo("90000");
		assertThat(total.planned()).isEqualByComparingTo("54000");
		assertThat(total.due()).isEqualByComparingTo("16000");
		assertThat(total.released()).isEqualByComparingTo("20000");
		assertThat(total.remaining()).isEqualByComparingTo("70000");
		assertThat(Ledger.total(java.util.List.of())).isEqualTo(Ledger.NONE);
	}

}
