package org.opencall.browser;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.selection.CallRanking;
import org.opencall.selection.EvaluatedCalls;
import org.opencall.selection.EvaluatedCalls.Evaluated;
import org.opencall.selection.EvaluatedCalls.Proposal;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four-eyes funding decision in Tasklist: one officer proposes the ranking with it in
 * view, cannot even claim its approval, and a second officer approves it.
 */
@OpencallTest
class SelectionTasklistBrowserTest extends BrowserTest {

	@Autowired
	EvaluatedCalls calls;

	@Autowired
	CallRanking ranking;

	@Test
	void oneOfficerProposesTheDecisionInTasklistAndOnlyASecondOfficerMayApproveIt() throws Exception {
		Evaluated call = this.calls.evaluated("250000", List.of(new Proposal("alice", "48000", "4", "4.5", "4"),
				new Proposal("bob", "48000", "3", "3", "3.5")));
		String reference = call.reference();

		Browser olivia = browser().logIn("olivia").visit("/camunda/app/tasklist/");
		olivia.clickText("My group's tasks").clickText("Propose the funding decision — " + reference);
		olivia.clickText("Claim").waitForText("The ranking as it stands");
		assertThat(olivia.value("textarea[id*='Field_DecisionSummary']")).contains("1 selected")
			.contains(call.of("alice"))
			.contains("Selected for funding")
			.contains(call.of("bob"))
			.contains("Not selected");
		assertThat(olivia.has("a[href='/officer/calls/" + reference + "/selection']")).as("link to the ranking")
			.isTrue();
		olivia.clickText("Complete").waitForText("The task is completed.");
		awaitTrue(() -> "PROPOSED".equals(status(reference)));

		olivia.visit("/camunda/app/tasklist/")
			.clickText("My group's tasks")
			.clickText("Approve the funding decision — " + reference);
		olivia.waitForText("Proposed by");
		assertThat(olivia.value("input[id*='Field_ProposedBy']")).isEqualTo("olivia");
		olivia.clickText("Claim").waitForText("Four-eyes rule");
		assertThat(status(reference)).isEqualTo("PROPOSED");

		olivia.logOut();
		Browser oscar = browser().logIn("oscar").visit("/camunda/app/tasklist/");
		oscar.clickText("My group's tasks").clickText("Approve the funding decision — " + reference);
		// the form shows before the claim, disabled: wait for the claimed one, which
		// Tasklist renders anew
		oscar.clickText("Claim").waitForText("Proposed by").waitForClickable("input[id*='Field_Decision']");
		oscar.clickText("Approve").clickText("Complete").waitForText("The task is completed.");
		awaitTrue(() -> "DECIDED".equals(status(reference)));
	}

	private String status(String reference) {
		return this.ranking.of("oscar", reference).status();
	}

	private static void awaitTrue(Supplier<Boolean> condition) throws InterruptedException {
		for (int attempt = 0; attempt < 50 && !condition.get(); attempt++) {
			Thread.sleep(200);
		}
		assertThat(condition.get()).isTrue();
	}

}
