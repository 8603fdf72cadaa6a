package org.opencall.audit;

import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencall.ApiTest;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;
import org.opencall.calls.CallReview;
import org.opencall.calls.ReviewDecision;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class TimelinePageApiTest extends ApiTest {

	@Autowired
	CallDrafting drafting;

	@Autowired
	CallReview review;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void anAuditorReadsWhoSentACallBackAndWhoApprovedItWithTheirWords() {
		String reference = CallFixtures.newReference();
		// each step a minute after the one before, whatever clock an earlier test left
		long start = System.currentTimeMillis();
		ClockUtil.setCurrentTime(new Date(start));
		this.drafting.draft("olivia", CallFixtures.FOUNDING, reference, CallFixtures.remoteMonitoring());
		this.drafting.submitForApproval("olivia", reference);
		ClockUtil.setCurrentTime(new Date(start + 60_000));
		this.review.review("oscar", reference, ReviewDecision.SEND_BACK, "The deadline falls on a holiday");
		ClockUtil.setCurrentTime(new Date(start + 120_000));
		this.drafting.submitForApproval("olivia", reference);
		ClockUtil.setCurrentTime(new Date(start + 180_000));
		this.review.review("oscar", reference, ReviewDecision.APPROVE, null);

		String page = session("aude").get("/audit/calls/" + reference).getBody();

		assertThat(page).contains("History of call " + reference);
		// the engine's entries of one process keep their order; a record of the same
		// moment may sort either side of them (the engine keeps milliseconds)
		int sentBack = page.indexOf("decision: sendBack");
		int revised = page.indexOf("Revise call and resubmit — " + reference + ": completed");
		int approved = page.indexOf("decision: approve");
		assertThat(sentBack).isPositive().isLessThan(revised);
		assertThat(revised).isLessThan(approved);
		assertThat(page.substring(page.lastIndexOf("<tr", sentBack), sentBack)).contains("Oscar Lindqvist (oscar)");
		assertThat(page.substring(sentBack, page.indexOf("</tr>", sentBack)))
			.contains("comment: The deadline falls on a holiday");
		assertThat(page.substring(page.lastIndexOf("<tr", revised), revised)).contains("Olivia Okafor (olivia)");
		assertThat(page).doesNotContain("comment: <");
	}

	@Test
	void aHistoryOfSomethingThatIsNotKeptIsNotFound() {
		ResponseEntity<String> page = session("aude").get("/audit/pilots/HC-1");

		assertThat(page.getStatusCode().value()).isEqualTo(404);
		assertThat(page.getBody()).contains("No history of pilots is kept");
	}

	@Test
	void theHistoryOfAGrantThatDoesNotExistIsNotFoundInWords() {
		ResponseEntity<String> page = session("aude").get("/audit/grants/GA-S-999999");

		assertThat(page.getStatusCode().value()).isEqualTo(404);
		assertThat(page.getBody()).contains("No grant GA-S-999999");
	}

	@Test
	void aCallsHistoryJoinsItsRecordsLinkedToTheTasksOfTheSameAction() {
		String reference = CallFixtures.newReference();
		this.drafting.draft("olivia", CallFixtures.FOUNDING, reference, CallFixtures.remoteMonitoring());
		this.drafting.submitForApproval("olivia", reference);
		this.review.review("oscar", reference, ReviewDecision.APPROVE, null);

		String page = session("aude").get("/audit/calls/" + reference).getBody();

		assertThat(page).contains("class=\"record\"", "id=\"processes\"", "data-diagram=\"/api/audit/processes/")
			.contains("/audit/calls/" + reference + "/timeline.csv", "/audit/calls/" + reference + "/timeline.pdf");
		assertThat(page).containsPattern("<tr id=\"entry-r-\\d+\" class=\"record\">");
		assertThat(page).containsPattern("href=\"#entry-r-\\d+\"");
	}

}
