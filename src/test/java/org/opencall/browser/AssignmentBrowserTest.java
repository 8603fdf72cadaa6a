package org.opencall.browser;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.evaluation.EvaluationFixtures;
import org.opencall.evaluation.EvaluationFixtures.AwaitingAssignment;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer runs the assignment of a closed call on its page, reads it per proposal and
 * per expert, swaps an expert and confirms it after the page's warning; axe-core on every
 * page.
 */
@OpencallTest
class AssignmentBrowserTest extends BrowserTest {

	@Autowired
	EvaluationFixtures fixtures;

	@Test
	void anOfficerRunsSwapsAndConfirmsTheAssignmentOfAClosedCall() throws Exception {
		AwaitingAssignment call = this.fixtures.awaitingAssignment();
		String first = call.proposals().get(0);
		Browser page = browser().logIn("olivia").visit("/officer/calls/" + call.reference() + "/assignment");
		assertThat(page.text("#no-assignment")).startsWith("No assignment yet.");

		page.click("#run-assignment");
		assertThat(page.pageText())
			.contains("Assignment computed: check it, swap experts where needed, then confirm it.");
		assertThat(page.text("#assignment-state")).startsWith("Proposed by olivia");
		for (String proposal : call.proposals()) {
			assertThat(expertsOn(page, proposal)).hasSize(3);
		}
		assertThat(page.text("#assignment-experts")).contains("Eva Martins")
			.contains("Emil Johansson")
			.contains("Elena Rossi")
			.contains("Erik Hansen");

		List<String> onFirst = expertsOn(page, first);
		String out = onFirst.get(0);
		String in = EvaluationFixtures.EXPERTS.stream().filter((e) -> !onFirst.contains(e)).findFirst().orElseThrow();
		page.select("#out-" + first, name(out)).select("#in-" + first, name(in));
		page.click("tr[data-reference='" + first + "'] button[type=submit]");
		assertThat(page.pageText()).contains("Swapped on " + first + ": " + in + " in place of " + out + ".");
		assertThat(expertsOn(page, first)).contains(in).doesNotContain(out).hasSize(3);

		String question = page.clickAndConfirm("#confirm-assignment");
		assertThat(question).startsWith("Confirm this assignment? Every eligible proposal of " + call.reference());
		assertThat(page.pageText())
			.contains("Assignment confirmed: the evaluations have started and each expert has their tasks.");
		assertThat(page.text("#assignment-state")).startsWith("Confirmed by olivia on ");
		assertThat(page.has("#confirm-assignment")).as("nothing left to confirm").isFalse();
		assertThat(page.has("#run-assignment")).as("a confirmed assignment is not run again").isFalse();
		assertThat(this.fixtures.expertsOn(first)).containsExactlyInAnyOrderElementsOf(expertsOn(page, first));
	}

	/** The experts the page shows on a proposal, by login. */
	private static List<String> expertsOn(Browser page, String proposal) {
		return page.attributes("tr[data-reference='" + proposal + "'] li[data-expert]", "data-expert");
	}

	private static String name(String expert) {
		return switch (expert) {
			case "eva" -> "Eva Martins";
			case "emil" -> "Emil Johansson";
			case "elena" -> "Elena Rossi";
			default -> "Erik Hansen";
		};
	}

}
