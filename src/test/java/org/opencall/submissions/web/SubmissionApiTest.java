package org.opencall.submissions.web;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.Mailbox;
import org.opencall.ApiTest;
import org.opencall.calls.CallView;
import org.opencall.needs.NeedFixtures;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencall.Problems.fields;

/**
 * Submitting through the HTTP API: receipts by mail, idempotent retries, resubmission,
 * the deadline by the server clock, a rush of parallel submits around it, bad input and
 * access.
 */
class SubmissionApiTest extends ApiTest {

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	ProposalDrafting drafting;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void anApplicantSubmitsGetsAReceiptByMailAndARetryWithTheSameKeyGetsTheSameReceipt() throws Exception {
		CallView call = this.fixtures.openCall();
		String reference = draftWithDocuments("alice", call);

		String key = UUID.randomUUID().toString();
		ResponseEntity<Map<String, Object>> receipt = submit("alice", reference, key);
		assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(receipt.getBody()).containsEntry("receiptNumber", "R-" + reference + "-1")
			.containsKey("submittedAt")
			.containsKey("contentHash");
		ResponseEntity<Map<String, Object>> retried = submit("alice", reference, key);
		assertThat(retried.getBody()).isEqualTo(receipt.getBody());
		assertThat(versions(reference)).isEqualTo(1);
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count())
			.isEqualTo(1);

		this.fixtures.runAsyncJobs(reference);
		assertThat(Mailbox.await(smtp, ("[Opencall] Receipt R-" + reference + "-1")::equals, 1)).hasSize(1);
		String body = (String) Mailbox.await(smtp, ("[Opencall] Receipt R-" + reference + "-1")::equals, 1)
			.get(0)
			.getContent();
		assertThat(body.replace("\r", "")).contains((String) receipt.getBody().get("contentHash"));

		this.api.put("alice", "/api/submissions/" + reference, changedTitle(call));
		ResponseEntity<Map<String, Object>> second = submit("alice", reference, UUID.randomUUID().toString());
		assertThat(second.getBody()).containsEntry("receiptNumber", "R-" + reference + "-2");
		assertThat(second.getBody().get("contentHash")).isNotEqualTo(receipt.getBody().get("contentHash"));
		Map<String, Object> view = this.api.get("alice", "/api/submissions/" + reference).getBody();
		assertThat(view).containsEntry("submittedVersion", 2).containsEntry("status", "SUBMITTED");
		assertThat((List<?>) view.get("receipts")).hasSize(2);
		assertThat(Mailbox.await(smtp, ("[Opencall] Receipt R-" + reference + "-2")::equals, 1)).hasSize(1);
	}

	@Test
	void afterTheDeadlineEveryChangeIsRefusedByTheServerClock() {
		CallView call = this.fixtures.openCall();
		String reference = draftWithDocuments("alice", call);
		ClockUtil.setCurrentTime(Date.from(call.deadline()));
		ResponseEntity<Map<String, Object>> late = submit("alice", reference, null);
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(late.getBody().get("detail").toString()).contains("deadline");
		assertThat(this.api.put("alice", "/api/submissions/" + reference, changedTitle(call)).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(this.api.post("alice", "/api/submissions/" + reference + "/withdrawal", null).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(upload("alice", reference, "budget", "budget.pdf", NeedFixtures.pdf()).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(versions(reference)).isZero();
	}

	@Test
	void aRetryAfterTheDeadlineGetsTheReceiptOfItsSubmitButANewKeyIsRefusedAndKeepsNothing() {
		CallView call = this.fixtures.openCall();
		String reference = draftWithDocuments("alice", call);
		String key = UUID.randomUUID().toString();
		ResponseEntity<Map<String, Object>> receipt = submit("alice", reference, key);
		assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.OK);

		ClockUtil.setCurrentTime(Date.from(call.deadline()));
		ResponseEntity<Map<String, Object>> retried = submit("alice", reference, key);
		assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(retried.getBody()).isEqualTo(receipt.getBody());
		String late = UUID.randomUUID().toString();
		assertThat(submit("alice", reference, late).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(versions(reference)).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from submission_idempotency_keys where idempotency_key = :key")
			.param("key", late)
			.query(Integer.class)
			.single()).as("the refused request's key").isZero();
	}

	@Test
	void twoHundredParallelSubmitsAroundTheDeadlineLoseNothingDuplicateNothingAndAcceptNothingLate() throws Exception {
		CallView call = this.fixtures.openCall();
		List<String> references = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			references.add(draftWithDocumentsDirectly(i % 2 == 0 ? "alice" : "bob", call));
		}
		ClockUtil.setCurrentTime(Date.from(call.deadline().minusMillis(500)));
		ExecutorService pool = Executors.newFixedThreadPool(32);
		List<Future<ResponseEntity<Map<String, Object>>>> answers = new ArrayList<>();
		for (int i = 0; i < references.size(); i++) {
			String reference = references.get(i);
			String applicant = (i % 2 == 0) ? "alice" : "bob";
			Callable<ResponseEntity<Map<String, Object>>> request = () -> submit(applicant, reference,
					"rush-" + reference);
			answers.add(pool.submit(request));
		}
		// the deadline passes while the rush is on: some answered, some in flight, some
		// queued
		long until = System.currentTimeMillis() + 60_000;
		while (answers.stream().filter(Future::isDone).count() < 60 && System.currentTimeMillis() < until) {
			Thread.sleep(5);
		}
		ClockUtil.setCurrentTime(Date.from(call.deadline()));
		pool.shutdown();
		assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();

		int accepted = 0;
		for (Future<ResponseEntity<Map<String, Object>>> answer : answers) {
			ResponseEntity<Map<String, Object>> response = answer.get();
			if (response.getStatusCode() == HttpStatus.OK) {
				accepted++;
				assertThat(java.time.Instant.parse((String) response.getBody().get("submittedAt")))
					.isBefore(call.deadline());
			}
			else {
				assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(response.getBody().get("detail").toString()).contains("deadline");
			}
		}
		int stored = this.jdbc.sql("""
				select count(*) from submission_versions v join submissions s on s.id = v.submission_id
				where s.call_reference = :call
				""").param("call", call.reference()).query(Integer.class).single();
		long instances = references.stream()
			.mapToLong((r) -> this.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(r).count())
			.sum();
		assertThat(accepted).isGreaterThanOrEqualTo(60).isLessThan(200);
		assertThat(stored).isEqualTo(accepted);
		assertThat(instances).isEqualTo(accepted);
		int late = this.jdbc.sql("""
				select count(*) from submission_versions v join submissions s on s.id = v.submission_id
				where s.call_reference = :call and v.submitted_at >= :deadline
				""")
			.param("call", call.reference())
			.param("deadline", java.sql.Timestamp.from(call.deadline()))
			.query(Integer.class)
			.single();
		assertThat(late).isZero();
	}

	@Test
	void badProposalsAreRefusedFieldByFieldAndNothingChanges() {
		CallView call = this.fixtures.openCall();
		String reference = draftWithDocuments("alice", call);
		Map<String, Object> tooMuch = SubmissionFixtures.homeMonitoringJson(call.reference());
		tooMuch.put("requestedAmount", 50001);
		this.api.put("alice", "/api/submissions/" + reference, tooMuch);
		ResponseEntity<Map<String, Object>> refused = submit("alice", reference, null);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(refused)).containsExactly("requestedAmount");

		String withoutBudget = (String) this.api
			.post("alice", "/api/submissions", SubmissionFixtures.homeMonitoringJson(call.reference()))
			.getBody()
			.get("reference");
		upload("alice", withoutBudget, "technical-proposal", "proposal.pdf", NeedFixtures.pdf());
		assertThat(fields(submit("alice", withoutBudget, null))).containsExactly("documents.budget");

		assertThat(fields(upload("alice", withoutBudget, "budget", "budget.txt", "plain".getBytes())))
			.containsExactly("file");
		assertThat(fields(upload("alice", withoutBudget, "budget", "budget.pdf", new byte[0]))).containsExactly("file");
		assertThat(fields(upload("alice", withoutBudget, "budget", "../budget.pdf", NeedFixtures.pdf())))
			.containsExactly("file");
		byte[] oversized = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(NeedFixtures.pdf(), 0, oversized, 0, NeedFixtures.pdf().length);
		assertThat(upload("alice", withoutBudget, "budget", "budget.pdf", oversized).getBody().toString())
			.contains("larger than 10 MB");
		assertThat(fields(upload("alice", withoutBudget, "cv", "cv.pdf", NeedFixtures.pdf()))).containsExactly("type");

		Map<String, Object> unknownCall = SubmissionFixtures.homeMonitoringJson("NO-SUCH-CALL");
		assertThat(fields(this.api.post("alice", "/api/submissions", unknownCall))).containsExactly("call");
		Map<String, Object> unknownChallenge = SubmissionFixtures.homeMonitoringJson(call.reference());
		unknownChallenge.put("challenge", "Something else");
		assertThat(fields(this.api.post("alice", "/api/submissions", unknownChallenge))).containsExactly("challenge");
		assertThat(versions(reference)).isZero();
		assertThat(versions(withoutBudget)).isZero();
	}

	@Test
	@SuppressWarnings("unchecked")
	void keywordsAreKeptAndReturnedAndTooManyOrTooLongOnesAreRefusedNamingKeywords() {
		CallView call = this.fixtures.openCall();
		String reference = (String) this.api
			.post("alice", "/api/submissions", SubmissionFixtures.homeMonitoringJson(call.reference()))
			.getBody()
			.get("reference");
		Map<String, Object> content = (Map<String, Object>) this.api.get("alice", "/api/submissions/" + reference)
			.getBody()
			.get("content");
		assertThat(content.get("keywords")).isEqualTo(List.of("heart failure", "remote monitoring", "wearables"));

		Map<String, Object> tooMany = SubmissionFixtures.homeMonitoringJson(call.reference());
		tooMany.put("keywords", java.util.stream.IntStream.rangeClosed(1, 11).mapToObj((i) -> "keyword " + i).toList());
		ResponseEntity<Map<String, Object>> refused = this.api.put("alice", "/api/submissions/" + reference, tooMany);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fields(refused)).containsExactly("keywords");
		assertThat(refused.getBody().toString()).contains("at most 10 keywords");

		Map<String, Object> tooLong = SubmissionFixtures.homeMonitoringJson(call.reference());
		tooLong.put("keywords", List.of("wearables", "x".repeat(41)));
		refused = this.api.put("alice", "/api/submissions/" + reference, tooLong);
		assertThat(fields(refused)).containsExactly("keywords");
		assertThat(refused.getBody().toString()).contains("keyword 2 must be at most 40 characters");

		Map<String, Object> tooShortOrControl = SubmissionFixtures.homeMonitoringJson(call.reference());
		tooShortOrControl.put("keywords", List.of("a"));
		assertThat(fields(this.api.put("alice", "/api/submissions/" + reference, tooShortOrControl)))
			.containsExactly("keywords");
		tooShortOrControl.put("keywords", List.of("wear\u0007ables"));
		// the JSON input's own guard refuses control characters, naming the keyword's
		// place
		assertThat(fields(this.api.put("alice", "/api/submissions/" + reference, tooShortOrControl)))
			.containsExactly("keywords[0]");

		content = (Map<String, Object>) this.api.get("alice", "/api/submissions/" + reference).getBody().get("content");
		assertThat(content.get("keywords")).as("unchanged by refused edits")
			.isEqualTo(List.of("heart failure", "remote monitoring", "wearables"));
	}

	@Test
	void aCallThatIsNotOpenTakesNoProposal() {
		CallView open = this.fixtures.openCall();
		ClockUtil.setCurrentTime(Date.from(open.opensAt().minusSeconds(3600)));
		ResponseEntity<Map<String, Object>> early = this.api.post("alice", "/api/submissions",
				SubmissionFixtures.homeMonitoringJson(open.reference()));
		assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(early.getBody().get("detail").toString()).contains("not open");
	}

	@Test
	void anApplicantNeitherSeesNorChangesAnotherOrganisationsProposal() {
		CallView call = this.fixtures.openCall();
		String reference = draftWithDocuments("alice", call);
		assertThat(this.api.get("bob", "/api/submissions/" + reference).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.put("bob", "/api/submissions/" + reference, changedTitle(call)).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(submit("bob", reference, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.http.withBasicAuth("bob", "demo").getForObject("/api/submissions/mine", List.class))
			.noneMatch((s) -> reference.equals(((Map<?, ?>) s).get("reference")));
		assertThat(this.api.get("nora", "/api/submissions/" + reference).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.post("olivia", "/api/submissions", SubmissionFixtures.homeMonitoringJson(call.reference()))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		submit("alice", reference, null);
		assertThat(this.api.get("olivia", "/api/submissions/" + reference).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.api.get("otto", "/api/submissions/" + reference).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aDraftNeverSubmittedIsItsCompanysOwnAndNoOfficerOrAuditorReadsIt() {
		CallView call = this.fixtures.openCall();
		String reference = draftWithDocuments("alice", call);
		String document = "/api/submissions/" + reference + "/documents/"
				+ ((Map<?, ?>) ((List<?>) this.api.get("alice", "/api/submissions/" + reference)
					.getBody()
					.get("documents")).get(0)).get("id");
		for (String reader : List.of("olivia", "oscar", "aude")) {
			assertThat(this.api.get(reader, "/api/submissions/" + reference).getStatusCode()).as(reader)
				.isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(this.http.withBasicAuth(reader, "demo").getForEntity(document, String.class).getStatusCode())
				.as(reader)
				.isEqualTo(HttpStatus.NOT_FOUND);
			assertThat(references(reader, call)).as(reader).doesNotContain(reference);
			assertThat(session(reader).get("/officer/submissions/" + reference).getStatusCode()).as(reader)
				.isEqualTo(HttpStatus.NOT_FOUND);
		}
		assertThat(this.api.get("alice", "/api/submissions/" + reference).getStatusCode()).isEqualTo(HttpStatus.OK);

		submit("alice", reference, null);
		for (String reader : List.of("olivia", "oscar", "aude")) {
			assertThat(this.api.get(reader, "/api/submissions/" + reference).getStatusCode()).as(reader)
				.isEqualTo(HttpStatus.OK);
			assertThat(this.http.withBasicAuth(reader, "demo").getForEntity(document, byte[].class).getBody())
				.as(reader)
				.isEqualTo(NeedFixtures.pdf());
			assertThat(references(reader, call)).as(reader).contains(reference);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void officersAndTheEligibilityRulesReadTheSubmittedVersionNotEditsMadeSince() {
		CallView call = this.fixtures.openCall();
		String reference = draftWithDocuments("alice", call);
		submit("alice", reference, null);
		Map<String, Object> edited = SubmissionFixtures.homeMonitoringJson(call.reference());
		edited.put("title", "Edited but never submitted");
		edited.put("requestedAmount", 60000);
		assertThat(this.api.put("alice", "/api/submissions/" + reference, edited).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		Object unsubmittedDocument = upload("alice", reference, "budget", "budget-2.pdf", NeedFixtures.pdf()).getBody()
			.get("id");
		String document = "/api/submissions/" + reference + "/documents/" + unsubmittedDocument;

		Map<String, Object> read = this.api.get("olivia", "/api/submissions/" + reference).getBody();
		assertThat((Map<String, Object>) read.get("content")).containsEntry("title", "CardioWatch home monitoring")
			.containsEntry("requestedAmount", 48000.0);
		assertThat(read.get("documents").toString()).doesNotContain(unsubmittedDocument.toString());
		assertThat(this.http.withBasicAuth("olivia", "demo").getForEntity(document, String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.http.withBasicAuth("alice", "demo").getForEntity(document, byte[].class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(
				(Map<String, Object>) this.api.get("alice", "/api/submissions/" + reference).getBody().get("content"))
			.containsEntry("title", "Edited but never submitted");

		this.fixtures.runAsyncJobs(reference);
		this.fixtures.fireNextTimer(reference);
		assertThat(
				(List<?>) this.api.get("olivia", "/api/submissions/" + reference).getBody().get("ineligibilityReasons"))
			.as("the submitted 48000 is within the maximum grant")
			.isEmpty();
	}

	@Test
	void aRetryWithTheSameKeyAndTheSameContentGetsTheSameReceiptButOtherContentIsRefused() {
		CallView call = this.fixtures.openCall();
		String reference = draftWithDocuments("alice", call);
		String key = UUID.randomUUID().toString();
		ResponseEntity<Map<String, Object>> first = submit("alice", reference, key);
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);

		this.api.put("alice", "/api/submissions/" + reference, changedTitle(call));
		ResponseEntity<Map<String, Object>> otherContent = submit("alice", reference, key);
		assertThat(otherContent.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(otherContent.getBody()).containsEntry("type", "/problems/idempotency-key-reused");
		assertThat(otherContent.getBody().get("detail").toString()).contains("other content");
		assertThat(versions(reference)).isEqualTo(1);

		this.api.put("alice", "/api/submissions/" + reference, SubmissionFixtures.homeMonitoringJson(call.reference()));
		assertThat(submit("alice", reference, key).getBody()).as("the same request again").isEqualTo(first.getBody());
		assertThat(versions(reference)).isEqualTo(1);
	}

	@Test
	void aKeyBelongsToItsUserAndItsProposal() {
		CallView call = this.fixtures.openCall();
		String alices = draftWithDocuments("alice", call);
		String alicesSecond = draftWithDocuments("alice", call);
		String bobs = draftWithDocuments("bob", call);
		String key = "my-one-and-only-key-" + UUID.randomUUID();

		assertThat(submit("alice", alices, key).getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<Map<String, Object>> anotherProposal = submit("alice", alicesSecond, key);
		assertThat(anotherProposal.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(anotherProposal.getBody().get("detail").toString()).contains("another proposal");
		assertThat(versions(alicesSecond)).isZero();

		ResponseEntity<Map<String, Object>> othersKey = submit("bob", bobs, key);
		assertThat(othersKey.getStatusCode()).as("another user's key of the same value").isEqualTo(HttpStatus.OK);
		assertThat(othersKey.getBody()).containsEntry("receiptNumber", "R-" + bobs + "-1");
	}

	private String draftWithDocuments(String applicant, CallView call) {
		ResponseEntity<Map<String, Object>> drafted = this.api.post(applicant, "/api/submissions",
				SubmissionFixtures.homeMonitoringJson(call.reference()));
		assertThat(drafted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String reference = (String) drafted.getBody().get("reference");
		assertThat(
				upload(applicant, reference, "technical-proposal", "proposal.pdf", NeedFixtures.pdf()).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(upload(applicant, reference, "budget", "budget.pdf", NeedFixtures.pdf()).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		return reference;
	}

	private String draftWithDocumentsDirectly(String applicant, CallView call) {
		String reference = this.drafting.draft(applicant, call.reference(), SubmissionFixtures.homeMonitoring());
		this.drafting.upload(applicant, reference, "technical-proposal", "proposal.pdf", NeedFixtures.pdf());
		this.drafting.upload(applicant, reference, "budget", "budget.pdf", NeedFixtures.pdf());
		return reference;
	}

	private static Map<String, Object> changedTitle(CallView call) {
		Map<String, Object> json = SubmissionFixtures.homeMonitoringJson(call.reference());
		json.put("title", "CardioWatch home monitoring, revised");
		return json;
	}

	@SuppressWarnings("unchecked")
	private List<String> references(String reader, CallView call) {
		List<Map<String, Object>> listed = this.http.withBasicAuth(reader, "demo")
			.getForObject("/api/submissions?call=" + call.reference(), List.class);
		return listed.stream().map((s) -> (String) s.get("reference")).toList();
	}

	private int versions(String reference) {
		return this.jdbc.sql("""
				select count(*) from submission_versions v join submissions s on s.id = v.submission_id
				where s.reference = :reference
				""").param("reference", reference).query(Integer.class).single();
	}

	private ResponseEntity<Map<String, Object>> submit(String applicant, String reference, String key) {
		HttpHeaders headers = new HttpHeaders();
		if (key != null) {
			headers.set("Idempotency-Key", key);
		}
		return this.http.withBasicAuth(applicant, "demo")
			.exchange("/api/submissions/" + reference + "/submission", HttpMethod.POST, new HttpEntity<>(headers),
					new ParameterizedTypeReference<>() {
					});
	}

	private ResponseEntity<Map<String, Object>> upload(String applicant, String reference, String type, String name,
			byte[] content) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("type", type);
		parts.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.http.withBasicAuth(applicant, "demo")
			.exchange("/api/submissions/" + reference + "/documents", HttpMethod.POST, new HttpEntity<>(parts, headers),
					new ParameterizedTypeReference<>() {
					});
	}

}
