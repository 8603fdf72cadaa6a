package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SelectionTest {

	private static final Instant NOW = Instant.parse("2027-06-01T10:00:00Z");

	@Test
	void aSecondOfficerApprovesTheProposedListAndTheRedressWindowOpensForTheCallsDays() {
		Selection selection = proposedBy("olivia");

		selection.approve("oscar", "Agreed", NOW.plusSeconds(60), 30);

		assertThat(selection.status()).isEqualTo(SelectionStatus.DECIDED);
		assertThat(selection.redressDeadline()).isEqualTo(NOW.plusSeconds(60).plus(Duration.ofDays(30)));
		assertThat(selection.redressOpenAt(NOW.plus(Duration.ofDays(29)))).isTrue();
		assertThat(selection.redressOpenAt(NOW.plus(Duration.ofDays(31)))).isFalse();
		assertThat(selection.participants()).containsExactlyInAnyOrder("olivia", "oscar");
	}

	@Test
	void theOfficerWhoProposedCannotApproveNorSendBackTheirOwnDecision() {
		Selection selection = proposedBy("olivia");

		assertThatThrownBy(() -> selection.approve("olivia", null, NOW, 30))
			.isInstanceOf(ActionForbiddenException.class)
			.hasMessageContaining("Four-eyes");
		assertThatThrownBy(() -> selection.sendBack("olivia", "Change it", NOW))
			.isInstanceOf(ActionForbiddenException.class);
		assertThat(selection.status()).isEqualTo(SelectionStatus.PROPOSED);
	}

	@Test
	void sendingBackNeedsACommentAndReturnsTheDecisionToThePanelWithoutItsList() {
		Selection selection = proposedBy("olivia");

		assertThatThrownBy(() -> selection.sendBack("oscar", " ", NOW)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("comment");
		selection.sendBack("oscar", "Check the ex aequo at rank 3", NOW);

		assertThat(selection.status()).isEqualTo(SelectionStatus.PANEL);
		assertThat(selection.proposedList()).isNull();
		assertThat(selection.tookPart("oscar")).isTrue();
	}

	@Test
	void anAdjustmentNeedsAJustificationAndIsRefusedOnceTheDecisionIsProposed() {
		Selection selection = Selection.open("HC-2027-01", "healthchain-founding", NOW);
		assertThatThrownBy(() -> selection.adjust(adjustment("  ", "olivia"))).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("justification");

		selection.adjust(adjustment("The consensus report scores 4 in its own words", "erin"));
		assertThat(selection.adjustments()).hasSize(1);
		assertThat(selection.tookPart("erin")).isTrue();

		selection.propose("olivia", list(), null, NOW);
		assertThatThrownBy(() -> selection.adjust(adjustment("Too late for this one", "olivia")))
			.isInstanceOf(StateConflictException.class);
	}

	@Test
	void noRedressBeforeTheDecision() {
		assertThat(proposedBy("olivia").redressOpenAt(NOW)).isFalse();
	}

	private static Selection proposedBy(String officer) {
		Selection selection = Selection.open("HC-2027-01", "healthchain-founding", NOW);
		selection.propose(officer, list(), "Ranked as the panel agreed", NOW);
		return selection;
	}

	private static RecordedAdjustment adjustment(String justification, String by) {
		return new RecordedAdjustment(RecordedAdjustment.Kind.SCORE, "HC-2027-01-0001", "Impact", new BigDecimal("3"),
				new BigDecimal("4"), justification, by, NOW);
	}

	private static DecisionList list() {
		return new DecisionList(List
			.of(new DecisionList.Listed("HC-2027-01-0001", "FlowBed", "FlowBed SL", 1, "SELECTED", "Within the budget",
					Map.of("Impact", BigDecimal.TEN), BigDecimal.TEN, BigDecimal.TEN, new BigDecimal("50000"))),
				new BigDecimal("100000"), new BigDecimal("50000"));
	}

}
