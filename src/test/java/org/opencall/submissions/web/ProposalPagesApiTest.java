package org.opencall.submissions.web;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.Multipart;
import org.opencall.PageSession;
import org.opencall.calls.CallView;
import org.opencall.needs.NeedFixtures;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.SubmissionFixtures;
import org.opencall.submissions.SubmissionQueries;
import org.opencall.submissions.SubmissionState;
import org.opencall.submissions.SubmissionView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant's proposal page through real HTTP, as alice: every button saves the edits
 * before it acts, the draft autosaves, the submitted version stays as submitted beside
 * the working copy, the call's rules are told while drafting and refused at submission,
 * and every refused field says why beside itself, in the words of its label, all at once.
 */
class ProposalPagesApiTest extends ApiTest {

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	ProposalDrafting drafting;

	@Autowired
	SubmissionQueries queries;

	private CallView call;

	private PageSession alice;

	@BeforeEach
	void openCallAndAlice() {
		this.call = this.fixtures.openCall();
		this.alice = session("alice");
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void uploadingADocumentSavesTheEditsSentWithIt() {
		String reference = draft();

		ResponseEntity<String> uploaded = postMultipart("/submissions/" + reference + "/documents",
				withDocument(fields("partners", "Coimbra and Porto hospitals"), "budget"));

		assertThat(uploaded.getStatusCode().value()).as(uploaded.getBody()).isEqualTo(302);
		SubmissionView proposal = this.queries.submission("alice", reference);
		assertThat(proposal.content().partners()).isEqualTo("Coimbra and Porto hospitals");
		assertThat(proposal.documents()).extracting((d) -> d.type()).containsExactly("budget");
		assertThat(page(reference)).contains("Your changes were saved and budget.pdf was uploaded.")
			.containsPattern("id=\"documents.budget\"[^>]*class=\"done\"")
			.contains(">budget.pdf</a>");
	}

	@Test
	void submittingSavesTheEditsSentWithItSoTheSubmittedVersionHasThem() {
		String reference = draftWithDocuments();

		ResponseEntity<String> submitted = this.alice.post("/submissions/" + reference + "/submission",
				fields("title", "CardioWatch at home, revised"));

		assertThat(submitted.getStatusCode().value()).as(submitted.getBody()).isEqualTo(302);
		assertThat(this.queries.own("alice", reference).submitted().content().title())
			.isEqualTo("CardioWatch at home, revised");
		assertThat(page(reference)).contains("Submitted. Your changes were saved first.")
			.contains("Version 1 as submitted (read-only)");
	}

	@Test
	void theDraftAutosavesAndAnswersWhatStillKeepsItFromBeingSubmitted() {
		String reference = draft();

		ResponseEntity<String> saved = this.alice.post("/submissions/" + reference + "/draft",
				fields("title", "Autosaved title"));

		assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(200);
		assertThat(saved.getHeaders().getContentType().toString()).startsWith("application/json");
		assertThat(saved.getBody()).contains("\"saved\":true")
			.contains(
					"{\"field\":\"documents.budget\",\"label\":\"Budget\",\"reason\":\"the mandatory document is missing\"}");
		assertThat(this.queries.submission("alice", reference).content().title()).isEqualTo("Autosaved title");
	}

	@Test
	void anAutosaveWithRefusedFieldsSavesNothingAndNamesEachByItsLabel() {
		String reference = draft();
		MultiValueMap<String, String> form = fields("title", "x".repeat(201));
		form.set("trl", "5.25");
		form.set("requestedAmount", "a lot");

		ResponseEntity<String> refused = this.alice.post("/submissions/" + reference + "/draft", form);

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody()).contains("\"label\":\"Title\"")
			.contains("\"label\":\"Technology readiness level\",\"reason\":\"must be a whole number\"")
			.contains("\"label\":\"Requested amount\",\"reason\":\"must be an amount, such as 50,000 or 50,000.50\"");
		assertThat(this.queries.submission("alice", reference).content().title())
			.isEqualTo(SubmissionFixtures.homeMonitoring().title());
	}

	@Test
	void theSubmittedVersionStaysReadOnlyWithItsReceiptWhileChangesAreANewDraft() {
		String reference = this.fixtures.submitted("alice", this.call);
		String firstTitle = SubmissionFixtures.homeMonitoring().title();

		this.alice.post("/submissions/" + reference, fields("title", "A better title"));
		String page = page(reference);

		assertThat(page).contains("Version 1 as submitted (read-only)")
			.contains("Changes since version 1 — not submitted yet")
			.contains("R-" + reference + "-1")
			.contains("(Europe/Lisbon)")
			.contains(this.queries.own("alice", reference).latestReceipt().contentHash())
			.contains("<dd class=\"submitted-title\">" + firstTitle + "</dd>")
			.contains("Save and resubmit as version 2")
			.doesNotContain("T0", "Z</");
		assertThat(this.alice.get("/submissions").getBody()).contains("Version 1: " + firstTitle)
			.contains("A better title")
			.contains("changes since version 1, not submitted yet");
		assertThat(this.queries.own("alice", reference).submitted().content().title()).isEqualTo(firstTitle);
	}

	@Test
	void withdrawingIsOfferedOnlyOnceSubmittedAndSaysWhatHappens() {
		String draft = draft();
		String submitted = this.fixtures.submitted("alice", this.call);

		assertThat(page(draft)).doesNotContain("id=\"withdraw\"");
		assertThat(page(submitted)).contains("id=\"withdraw\"")
			.contains("data-confirm=\"Withdraw proposal " + submitted
					+ "? This cannot be undone: the proposal leaves call " + this.call.reference());

		ResponseEntity<String> withdrawn = this.alice.post("/submissions/" + submitted + "/withdrawal",
				new LinkedMultiValueMap<>());
		assertThat(withdrawn.getStatusCode().value()).isEqualTo(302);
		assertThat(this.queries.submission("alice", submitted).status()).isEqualTo(SubmissionState.WITHDRAWN);
		assertThat(page(submitted)).contains("Withdrawn: the proposal has left the call")
			.doesNotContain("id=\"proposal-form\"");
	}

	@Test
	void aTrlAndAnAmountAgainstTheCallsRulesAreSavedWithAWarningAndRefusedAtSubmission() {
		String reference = draftWithDocuments();
		MultiValueMap<String, String> form = fields("trl", "3");
		form.set("requestedAmount", "60,000");

		ResponseEntity<String> saved = this.alice.post("/submissions/" + reference, form);
		assertThat(saved.getStatusCode().value()).isEqualTo(302);
		assertThat(page(reference)).contains("The draft does not meet the call&#39;s rules yet")
			.contains("id=\"trl-warning\"")
			.contains("must be between 5 and 8 for this call (it is 3)")
			.contains("must not exceed the call&#39;s maximum grant of €50,000")
			.contains("Still to do before you can submit");

		ResponseEntity<String> refused = this.alice.post("/submissions/" + reference + "/submission", form);
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody()).contains("id=\"trl-error\">must be between 5 and 8 for this call (it is 3)</p>")
			.contains("id=\"requestedAmount-error\">must not exceed the call&#39;s maximum grant of €50,000</p>")
			.contains("Your changes were saved; 2 problems are left");
		assertThat(this.queries.submission("alice", reference).status()).isEqualTo(SubmissionState.DRAFT);
	}

	@Test
	void everyRefusedFieldIsShownBesideItselfInItsLabelsWordsAllAtOnce() {
		String reference = draft();
		MultiValueMap<String, String> form = fields("title", "x".repeat(201));
		form.set("requestedAmount", "lots");
		form.set("trl", "12");
		form.set("acronym", "A".repeat(31));

		ResponseEntity<String> refused = this.alice.post("/submissions/" + reference, form);

		String page = refused.getBody();
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(page).contains("There are 4 problems; nothing was saved")
			.contains("href=\"#title\">Title: ")
			.contains("href=\"#acronym\">Acronym: ")
			.contains("href=\"#requestedAmount\">Requested amount: must be an amount, such as 50,000 or 50,000.50")
			.contains("href=\"#trl\">Technology readiness level: must be between 1 and 9")
			.contains("id=\"title-error\"")
			.contains("aria-describedby=\"title-error\"")
			.contains("aria-invalid=\"true\"")
			.contains("value=\"lots\"")
			.doesNotContain("requestedAmount:", "trl:", "Please correct the marked fields");
	}

	@Test
	void submittingAnIncompleteProposalNamesDocumentsAndDeclarationsInWordsBesideThem() {
		MultiValueMap<String, String> form = fields("title", "Only a title");
		form.remove("declarations");
		String reference = draft();
		this.alice.post("/submissions/" + reference, form);

		ResponseEntity<String> refused = this.alice.post("/submissions/" + reference + "/submission", form);

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody()).contains("href=\"#declarations\">Declarations of honour: must all be made")
			.contains("href=\"#documents.budget\">Budget: the mandatory document is missing")
			.contains("id=\"documents.budget\"")
			.contains("<p class=\"field-error\">the mandatory document is missing</p>")
			.doesNotContain("documents.budget:", "declare:");
	}

	@Test
	void amountsShowAsPeopleWriteThem() {
		String reference = draft();

		assertThat(page(reference)).contains("value=\"48,000\"").contains("€50,000").doesNotContain("50000.00");
	}

	private String draft() {
		return this.drafting.draft("alice", this.call.reference(), SubmissionFixtures.homeMonitoring());
	}

	private String draftWithDocuments() {
		String reference = draft();
		this.drafting.upload("alice", reference, "technical-proposal", "proposal.pdf", NeedFixtures.pdf());
		this.drafting.upload("alice", reference, "budget", "budget.pdf", NeedFixtures.pdf());
		return reference;
	}

	private String page(String reference) {
		ResponseEntity<String> page = this.alice.get("/submissions/" + reference);
		assertThat(page.getStatusCode().value()).as(page.getBody()).isEqualTo(200);
		return page.getBody();
	}

	/** The complete proposal form as its page sends it, with one field changed. */
	private static MultiValueMap<String, String> fields(String field, String value) {
		var p = SubmissionFixtures.homeMonitoring();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("withEdits", "true");
		form.add("challenge", p.challenge());
		form.add("title", p.title());
		form.add("acronym", p.acronym());
		form.add("summary", p.summary());
		form.add("requestedAmount", "48,000");
		form.add("trl", String.valueOf(p.trl()));
		form.add("team", p.team());
		form.add("partners", p.partners());
		p.declarations().forEach((d) -> form.add("declarations", d));
		form.set(field, value);
		return form;
	}

	private static Multipart withDocument(MultiValueMap<String, String> fields, String type) {
		Multipart multipart = Multipart.form();
		fields.forEach((name, values) -> values.forEach((value) -> multipart.field(name, value)));
		return multipart.field("documentType", type)
			.file("documentFile", type + ".pdf", "application/pdf", NeedFixtures.pdf());
	}

	private ResponseEntity<String> postMultipart(String path, Multipart multipart) {
		this.alice.get(path.substring(0, path.lastIndexOf('/')));
		return this.alice.exchange("POST", path, multipart.contentType(), multipart.bytes());
	}

}
