package org.opencall.browser;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.calls.CallView;
import org.opencall.evaluation.EvaluationFixtures;
import org.opencall.evaluation.EvaluationFixtures.AwaitingAssignment;
import org.opencall.evaluation.ExpertAssignments;
import org.opencall.needs.NeedFixtures;
import org.opencall.needs.NeedSubmission;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages people use, at a phone's width (390 × 844): none scrolls sideways, each
 * passes axe-core there too; a screenshot of each is kept under
 * {@code target/screenshots}.
 */
@OpencallTest
class PhoneWidthBrowserTest extends BrowserTest {

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	NeedSubmission needs;

	@Autowired
	EvaluationFixtures evaluation;

	@Autowired
	ExpertAssignments assignments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aVisitorsPagesFitAPhone() throws Exception {
		CallView call = this.fixtures.openCall();
		Browser page = browser();
		page.visit("/").atPhoneWidth("home");
		page.visit("/calls").atPhoneWidth("calls");
		page.visit("/calls/" + call.reference()).atPhoneWidth("call");
		page.visit("/login").atPhoneWidth("login");
		page.visit("/register").atPhoneWidth("register");
	}

	@Test
	void anApplicantsPagesFitAPhone() throws Exception {
		CallView call = this.fixtures.openCall();
		String proposal = this.fixtures.submitted("alice", call);
		Browser page = browser().logIn("alice");
		page.visit("/").atPhoneWidth("applicant-home");
		page.visit("/submissions").atPhoneWidth("applicant-proposals");
		page.visit("/submissions/" + proposal).atPhoneWidth("applicant-proposal");
		page.visit("/organisation").atPhoneWidth("applicant-organisation");
	}

	@Test
	void anOfficersPagesFitAPhone() throws Exception {
		CallView call = this.fixtures.openCall();
		this.fixtures.submitted("bob", call);
		String need = this.needs.submit("nora", NeedFixtures.heartFailureAtHome(), List.of());
		Browser page = browser().logIn("olivia");
		page.visit("/").atPhoneWidth("officer-home");
		page.visit("/officer/calls").atPhoneWidth("officer-calls");
		page.visit("/officer/calls/" + call.reference()).atPhoneWidth("officer-call");
		page.visit("/officer/calls/new").atPhoneWidth("officer-call-form");
		page.visit("/officer/submissions?call=" + call.reference()).atPhoneWidth("officer-submissions");
		page.visit("/officer/needs").atPhoneWidth("officer-needs");
		page.visit("/officer/needs/" + need).atPhoneWidth("officer-need");
		page.visit("/officer/challenges").atPhoneWidth("officer-challenges");
	}

	@Test
	void aNeedOwnersAndAnAuditorsPagesFitAPhone() throws Exception {
		CallView call = this.fixtures.openCall();
		String need = this.needs.submit("nora", NeedFixtures.heartFailureAtHome(), List.of());
		Browser page = browser().logIn("nora");
		page.visit("/needs").atPhoneWidth("need-owner-needs");
		page.visit("/needs/new").atPhoneWidth("need-owner-need-form");
		page.visit("/needs/" + need).atPhoneWidth("need-owner-need");
		page.logOut().logIn("aude");
		page.visit("/").atPhoneWidth("auditor-home");
		page.visit("/audit/calls/" + call.reference()).atPhoneWidth("auditor-call-history");
	}

	@Test
	void theEvaluationPagesFitAPhone() throws Exception {
		AwaitingAssignment call = this.evaluation.awaitingAssignment();
		String proposal = call.proposals().get(0);
		this.assignments.run("olivia", call.reference());
		Browser page = browser().logIn("olivia");
		page.visit("/officer/calls/" + call.reference() + "/assignment").atPhoneWidth("officer-assignment-proposed");
		this.assignments.confirm("olivia", call.reference());
		page.visit("/officer/calls/" + call.reference() + "/assignment").atPhoneWidth("officer-assignment-confirmed");
		page.visit("/officer/calls/" + call.reference() + "/evaluation").atPhoneWidth("officer-evaluation");

		String expert = this.evaluation.expertsOn(proposal).get(0);
		this.evaluation.declareNoConflict(expert, proposal);
		page.logOut().logIn(expert);
		page.visit("/").atPhoneWidth("expert-home");
		page.visit("/evaluations/" + proposal).atPhoneWidth("expert-evaluation");
		page.visit("/experts/me").atPhoneWidth("expert-own-profile");
	}

	@Test
	void anAdministratorsPagesWithAFailedMailFitAPhone() throws Exception {
		String key = "phone-width:" + System.nanoTime();
		this.jdbc.sql("""
				insert into mail_outbox (idempotency_key, recipient, subject, body, status, attempts, last_error,
				last_attempt_at) values (:key, 'somebody.with.a.long.address@hospital-of-the-region.example',
				'[Opencall] Invitation to join a cardiology department with a long name', 'Hello', 'FAILED', 10,
				'Couldn''t connect to host, port: mail.example.org, 25; timeout 5000 — Connection refused', now())
				""").param("key", key).update();
		try {
			Browser page = browser().logIn("admin");
			page.visit("/").atPhoneWidth("admin-home");
			page.visit("/admin/mail").atPhoneWidth("admin-mail");
		}
		finally {
			this.jdbc.sql("delete from mail_outbox where idempotency_key = :key").param("key", key).update();
		}
	}

}
