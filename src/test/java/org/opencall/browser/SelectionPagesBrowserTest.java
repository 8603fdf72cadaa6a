package org.opencall.browser;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.selection.EvaluatedCalls;
import org.opencall.selection.EvaluatedCalls.Evaluated;
import org.opencall.selection.EvaluatedCalls.Proposal;
import org.opencall.selection.FundingDecision;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The selection's pages as their people use them: the panel's ranking page, where a score
 * changes only with a justification and the decision is proposed; the applicant's result
 * page with the report and the redress form. Each page passes axe-core, also at a phone's
 * width.
 */
@OpencallTest
class SelectionPagesBrowserTest extends BrowserTest {

	private static final String TITLE = "CardioWatch home monitoring";

	@Autowired
	EvaluatedCalls calls;

	@Autowired
	FundingDecision decision;

	@Test
	void thePanelAdjustsOnlyWithAJustificationProposesAndTheApplicantReadsTheResultAndAsksForRedress()
			throws Exception {
		Evaluated call = this.calls.evaluated("100000", List.of(new Proposal("alice", "48000", "4", "4.5", "4"),
				new Proposal("bob", "48000", "3.5", "3.5", "3.5"), new Proposal("carla", "45000", "2.5", "4", "4")));
		String reference = call.reference();

		Browser page = browser().logIn("olivia").visit("/officer/calls/" + reference + "/selection");
		assertThat(page.text("#budget-line")).contains("2 selected").contains("1 rejected");
		assertThat(page.text("tr[data-reference='" + call.of("carla") + "']")).contains("Not selected")
			.contains("Excellence 2.5 is below its threshold 3");
		page.atPhoneWidth("selection-ranking");

		page.select("#score-submission", call.of("bob") + " " + TITLE)
			.select("#score-criterion", "Impact")
			.type("#score-value", "4")
			.type("#score-justification", "   ")
			.click("#score-adjustment button");
		page.waitForText("justification");
		assertThat(page.has("#adjustments")).as("nothing was kept").isFalse();

		page.select("#score-submission", call.of("bob") + " " + TITLE)
			.select("#score-criterion", "Impact")
			.type("#score-value", "4")
			.type("#score-justification", "The consensus report credits the pilot sites it names")
			.click("#score-adjustment button");
		page.waitForText("is adjusted");
		assertThat(page.text("#adjustments")).contains("Impact: 3.5 → 4").contains("pilot sites");

		page.type("#propose-comment", "Bob's Impact as the consensus report reads it");
		assertThat(page.clickAndConfirm("#propose-decision button")).contains("Propose this list");
		assertThat(page.text("#selection-status")).contains("Proposed");
		assertThat(page.has("#awaiting-second-officer")).as("the proposer is not offered the approval").isTrue();
		assertThat(page.has("#review-decision")).isFalse();

		this.decision.review("oscar", reference, "approve", null);
		this.calls.runJobs(reference);
		page.logOut();

		Browser alice = browser().logIn("alice").visit("/");
		assertThat(alice.pageText()).contains("Your results").contains("Selected for funding");
		alice.visit("/submissions/" + call.of("alice") + "/result");
		assertThat(alice.text("#result-outcome")).contains("Selected for funding");
		assertThat(alice.has("#download-esr")).isTrue();
		alice.atPhoneWidth("selection-result");
		alice.type("#grounds", "Unfair");
		alice.clickAndConfirm("#redress-form button");
		assertThat(alice.pageText()).contains("grounds");
		alice.type("#grounds", "The experts read an earlier version of our pilot plan");
		alice.clickAndConfirm("#redress-form button");
		assertThat(alice.text("#redress-status")).contains("Filed");
		assertThat(alice.has("#redress-form")).as("one request per proposal").isFalse();
	}

}
