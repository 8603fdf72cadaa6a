package org.opencall.browser;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.calls.CallView;
import org.opencall.evaluation.EvaluationResult;
import org.opencall.evaluation.EvaluationResult.ScoreResult;
import org.opencall.evaluation.EvaluationResults;
import org.opencall.evaluation.StartingEvaluations;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An expert's evaluation in Tasklist: the declaration form names the proposal without its
 * content and asks for a description only with a conflict; the scoring form shows exactly
 * the call's criteria with what each means, a link to the proposal, and takes half
 * points.
 */
@OpencallTest
class EvaluationTasklistBrowserTest extends BrowserTest {

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	StartingEvaluations starting;

	@Autowired
	EvaluationResults results;

	@Test
	void anExpertDeclaresNoConflictAndScoresTheCallsCriteriaInTasklist() throws Exception {
		CallView call = this.fixtures.openCall();
		String reference = this.fixtures.submitted("alice", call);
		this.starting.start(reference, call.reference(), List.of("eva", "emil", "elena"));

		Browser page = browser().logIn("eva").visit("/camunda/app/tasklist/");
		page.clickText("My tasks").clickText("Declare conflicts — " + reference);
		page.waitForText("Your declaration");
		assertThat(page.value("input[id*='Field_ProposalTitle']")).isEqualTo("CardioWatch home monitoring");
		assertThat(page.value("input[id*='Field_ProposalAcronym']")).isEqualTo("CARDIOWATCH");
		assertThat(page.pageText()).doesNotContain("Wearable sensors").doesNotContain("Describe the conflict");
		page.clickText("I have a conflict of interest").waitForText("Describe the conflict of interest");
		page.clickText("I have no conflict of interest with this proposal");
		assertThat(page.pageText()).doesNotContain("Describe the conflict");
		page.clickText("Complete").waitForText("The task is completed.");
		awaitTrue(() -> "NO_CONFLICT_DECLARED".equals(result(reference).slots().get(0).state()));

		page.visit("/camunda/app/tasklist/").clickText("My tasks").clickText("Score submission — " + reference);
		page.waitForText("Overall comment");
		assertThat(page.pageText()).contains("Excellence", "Impact", "Quality and efficiency of the implementation")
			.contains("patients")
			.doesNotContain("Criterion 4");
		assertThat(page.has("a[href='/evaluations/" + reference + "']")).as("link to the proposal").isTrue();
		fill(page, "textarea[id*='Field_OverallComment']", "A convincing pilot plan.");
		String[] scores = { "4.5", "3", "3.5" };
		for (int i = 1; i <= 3; i++) {
			fill(page, "input[id*='Field_Score" + i + "']", scores[i - 1]);
			fill(page, "textarea[id*='Field_Comment" + i + "']", "Reason " + i);
		}
		page.clickText("Complete").waitForText("The task is completed.");

		awaitTrue(() -> "SCORED".equals(result(reference).slots().get(0).state()));
		assertThat(result(reference).slots().get(0).scores()).extracting(ScoreResult::score)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("4.5"), new BigDecimal("3"), new BigDecimal("3.5"));
	}

	/**
	 * Types into a field and pauses as a person does before the next one: the form takes
	 * what is typed after a short delay, and a field left at once may lose it.
	 */
	private static void fill(Browser page, String css, String text) throws InterruptedException {
		page.type(css, text);
		Thread.sleep(600);
	}

	private EvaluationResult result(String reference) {
		return this.results.of(reference).orElseThrow();
	}

	private static void awaitTrue(Supplier<Boolean> condition) throws InterruptedException {
		for (int attempt = 0; attempt < 50 && !condition.get(); attempt++) {
			Thread.sleep(200);
		}
		assertThat(condition.get()).isTrue();
	}

}
