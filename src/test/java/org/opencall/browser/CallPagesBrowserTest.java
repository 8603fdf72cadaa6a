package org.opencall.browser;

import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.calls.CallFixtures;
import org.opencall.reporting.process.ReportingProcess;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call pages in headless Chromium: officers draft and approve through the forms, and
 * an anonymous visitor reads the published call.
 */
@OpencallTest
class CallPagesBrowserTest extends BrowserTest {

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerDraftsACallASecondApprovesItAndAnAnonymousVisitorReadsItOnceOpen() throws Exception {
		String reference = CallFixtures.newReference();
		Browser page = browser().logIn("olivia").visit("/officer/calls");
		assertThat(page.text("h1")).isEqualTo("Calls of my programmes");
		page.click("#new-call");
		page.type("#reference", reference)
			.type("#title", "AI triage in emergency departments")
			.type("#description", "Emergency departments need faster triage.")
			.type("#challenges0\\.title", "Triage of chest pain")
			.type("#totalBudget", "250000")
			.type("#maxGrant", "50000")
			.set("#opening", CallFixtures.inDays(10).toString())
			.set("#deadline", CallFixtures.inDays(40).toString())
			.type("#timeZone", "Europe/Stockholm")
			.click("#save-call");
		assertThat(page.text("#call-status")).isEqualTo("Draft");
		page.click("#submit-for-approval");
		assertThat(page.text("#call-status")).isEqualTo("Awaiting approval");
		assertThat(page.pageText()).contains("four-eyes rule");

		page.logOut().logIn("oscar").visit("/officer/calls/" + reference);
		page.click("#approve");
		assertThat(page.text("#call-status")).isEqualTo("Upcoming");

		page.logOut().visit("/calls");
		assertThat(page.pageText()).contains(reference).contains("Upcoming");
		fireOpeningTimer(reference);

		page.visit("/calls").clickText(reference + " — AI triage in emergency departments");
		assertThat(page.text("h1")).isEqualTo("AI triage in emergency departments");
		assertThat(page.pageText()).contains("Open for submissions").contains("Triage of chest pain");
	}

	@Test
	void aDraftWithItsDeadlineBeforeItsOpeningIsRefusedNextToTheFieldAndNotSaved() throws Exception {
		String reference = CallFixtures.newReference();
		Browser page = browser().logIn("olivia").visit("/officer/calls/new");
		page.type("#reference", reference)
			.type("#title", "Falls prevention")
			.type("#description", "Care homes want fewer falls.")
			.type("#challenges0\\.title", "Night-time falls")
			.type("#totalBudget", "100000")
			.type("#maxGrant", "200000")
			.set("#opening", CallFixtures.inDays(40).toString())
			.set("#deadline", CallFixtures.inDays(10).toString())
			.type("#timeZone", "Europe/Lisbon")
			.click("#save-call");
		assertThat(page.pageText()).contains("nothing was saved")
			.contains("must be after the opening")
			.contains("must not exceed the total budget");
		assertThat(this.jdbc.sql("select count(*) from calls where reference = :r")
			.param("r", reference)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anOfficerOrdersTheTieBreaksWhichFollowARenamedCriterionAndATieBreakChosenTwiceIsRefusedBesideIt()
			throws Exception {
		String reference = CallFixtures.newReference();
		Browser page = browser().logIn("olivia").visit("/officer/calls/new");
		assertThat(page.value("#tieBreaks0")).isEqualTo("Excellence");
		assertThat(page.value("#tieBreaks1")).isEqualTo("Impact");
		assertThat(page.value("#tieBreaks2")).isEqualTo("EARLIER_SUBMISSION");
		assertThat(page.value("#tieBreaks3")).isEmpty();
		assertThat(page.value("#redressDays")).isEqualTo("30");
		page.type("#reference", reference)
			.type("#title", "Medication adherence")
			.type("#description", "Patients at home forget their medication.")
			.type("#challenges0\\.title", "Reminders that work")
			.type("#totalBudget", "200000")
			.type("#maxGrant", "50000")
			.set("#opening", CallFixtures.inDays(10).toString())
			.set("#deadline", CallFixtures.inDays(40).toString())
			.type("#timeZone", "Europe/Lisbon")
			.select("#tieBreaks0", "Impact")
			.type("#redressDays", "21")
			.click("#save-call");
		assertThat(page.pageText()).contains("nothing was saved").contains("names \"Impact\" more than once");
		assertThat(this.jdbc.sql("select count(*) from calls where reference = :r")
			.param("r", reference)
			.query(Integer.class)
			.single()).isZero();

		page.select("#tieBreaks1", "Excellence").type("#criteria0\\.name", "Scientific excellence");
		assertThat(page.value("#tieBreaks1")).isEqualTo("Scientific excellence");
		page.click("#save-call");
		assertThat(page.text("#call-status")).isEqualTo("Draft");
		assertThat(page.pageText())
			.contains("Broken by the higher score on Impact, then the higher score on Scientific excellence, "
					+ "then the earlier submission")
			.contains("Within 21 days of the result");
	}

	private void fireOpeningTimer(String reference) {
		String instanceId = this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.processDefinitionKeyNotIn(ReportingProcess.KEY)
			.singleResult()
			.getId();
		Job timer = this.managementService.createJobQuery().processInstanceId(instanceId).timers().singleResult();
		ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
		this.managementService.executeJob(timer.getId());
	}

}
