package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.RepositoryTest;
import org.opencall.calls.domain.Call;
import org.opencall.calls.domain.CallChallenge;
import org.opencall.calls.domain.CallRepository;
import org.opencall.calls.domain.CallTerms;
import org.opencall.calls.domain.TermsDraft;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RepositoryTest
class SelectionRepositoryTest {

	private static final Instant NOW = Instant.parse("2027-06-01T10:00:00Z");

	@Autowired
	SelectionRepository selections;

	@Autowired
	RedressRequestRepository redress;

	@Autowired
	CallRepository calls;

	@Autowired
	JdbcClient jdbc;

	private String call;

	@BeforeEach
	void call() {
		this.jdbc
			.sql("insert into programmes (code, name) values ('repo-test', 'Repository test') on conflict do nothing")
			.update();
		Call draft = Call.draft("SE-" + System.nanoTime() % 1_000_000, "repo-test",
				CallTerms.of(new TermsDraft("Remote monitoring", "Home monitoring for chronic patients.",
						List.of(new CallChallenge("Heart failure at home", "Detect decompensation early.")),
						new BigDecimal("250000"), new BigDecimal("50000"), "EUR", LocalDateTime.of(2027, 2, 1, 9, 0),
						LocalDateTime.of(2027, 3, 1, 17, 0), "Europe/Lisbon", null, null, null)),
				"olivia");
		this.calls.save(draft);
		this.call = draft.reference();
	}

	@Test
	void aSelectionIsReadBackWithItsAdjustmentsProposedListAndParticipants() {
		Selection selection = Selection.open(this.call, "repo-test", NOW);
		selection.adjust(new RecordedAdjustment(RecordedAdjustment.Kind.SCORE, "S-1", "Impact", new BigDecimal("3"),
				new BigDecimal("3.5"), "The consensus report reads as 3.5", "olivia", NOW));
		selection.propose("olivia", list(), "As agreed", NOW);
		this.selections.save(selection);

		Selection read = this.selections.findByCallReference(this.call).orElseThrow();

		assertThat(read.status()).isEqualTo(SelectionStatus.PROPOSED);
		assertThat(read.adjustments()).singleElement()
			.satisfies((a) -> assertThat(a.valueAfter()).isEqualByComparingTo("3.5"));
		assertThat(read.proposedList().proposals()).extracting(DecisionList.Listed::submissionReference)
			.containsExactly("S-1", "S-2");
		assertThat(read.proposedList().of("S-1").orElseThrow().scores()).containsOnlyKeys("Excellence", "Impact");
		assertThat(read.participants()).containsExactly("olivia");
	}

	@Test
	void aStaleSelectionIsNotSaved() {
		this.selections.save(Selection.open(this.call, "repo-test", NOW));
		Selection first = this.selections.findByCallReference(this.call).orElseThrow();
		Selection second = this.selections.findByCallReference(this.call).orElseThrow();
		first.propose("olivia", list(), null, NOW);
		this.selections.save(first);

		second.propose("oscar", list(), null, NOW);
		assertThatThrownBy(() -> this.selections.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
	}

	private static DecisionList list() {
		return new DecisionList(
				List.of(new DecisionList.Listed("S-1", "CardioWatch", "MedSense", 1, "SELECTED", "Within the budget",
						Map.of("Excellence", new BigDecimal("4"), "Impact", new BigDecimal("3.5")),
						new BigDecimal("7.5"), new BigDecimal("7.5"), new BigDecimal("48000")),
						new DecisionList.Listed("S-2", "FlowBed", "FlowBed", null, "REJECTED", "Impact 2 is below 3",
								Map.of("Excellence", new BigDecimal("4"), "Impact", new BigDecimal("2")),
								new BigDecimal("6"), new BigDecimal("6"), new BigDecimal("40000"))),
				new BigDecimal("100000"), new BigDecimal("48000"));
	}

}
