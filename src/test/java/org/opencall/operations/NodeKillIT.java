package org.opencall.operations;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the node in the middle of a burst of submissions (draft, two
 * documents, submit with an {@code Idempotency-Key}), then a start on the same database:
 * every submission that got a receipt is there with the documents that were uploaded and
 * exactly one process instance, nothing is duplicated, and the submits the kill
 * interrupted, sent again with their key, give one submission each — the same receipt
 * where the first had committed.
 */
class NodeKillIT {

	private static final List<String> APPLICANTS = List.of("alice", "bob", "carla", "david", "femke", "gael");

	private static final int PROPOSALS = 48;

	private static final int CLIENTS = 8;

	/**
	 * The kill comes once this many receipts have been answered, while submits are under
	 * way.
	 */
	private static final int RECEIPTS_BEFORE_KILL = 12;

	private final ScratchDatabase database = ScratchDatabase.create("nodekill");

	private ApplicationNode node;

	@AfterEach
	void stopAll() {
		if (this.node != null) {
			this.node.close();
		}
		this.database.close();
	}

	@Test
	void everySubmissionWithAReceiptSurvivesAKillWithItsDocumentsAndOneProcessAndRetriesDuplicateNothing()
			throws Exception {
		this.node = node("node-kill").start(Duration.ofMinutes(3));
		SeededDemoCast.await(this.database::connect, Duration.ofSeconds(90));
		NodeApi first = NodeApi.of(this.node);
		String call = CallOpenedThroughApi.schedule(first, "KILL-" + (System.nanoTime() % 100_000),
				Duration.ofSeconds(30));
		CallOpenedThroughApi.awaitOpen(first, call, Duration.ofSeconds(90));

		List<Proposal> proposals = new ArrayList<>();
		for (int i = 0; i < PROPOSALS; i++) {
			proposals.add(new Proposal(APPLICANTS.get(i % APPLICANTS.size()), i));
		}
		AtomicInteger receipts = new AtomicInteger();
		AtomicInteger submitting = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		List<Future<?>> running = new ArrayList<>();
		for (Proposal proposal : proposals) {
			running.add(clients.submit(() -> proposal.submitThrough(first, call, receipts, submitting)));
		}
		Instant burst = Instant.now();
		// in the middle of submits, so that some are cut off
		while (receipts.get() < RECEIPTS_BEFORE_KILL || submitting.get() == 0) {
			assertThat(Instant.now()).as("receipts before the kill").isBefore(burst.plus(Duration.ofMinutes(2)));
			Thread.sleep(20);
		}
		this.node.kill();
		clients.shutdown();
		assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
		for (Future<?> client : running) {
			client.get();
		}
		List<Proposal> receipted = proposals.stream().filter((p) -> p.receipt != null).toList();
		List<Proposal> interrupted = proposals.stream().filter((p) -> p.submitSent && p.receipt == null).toList();
		System.out.printf("Killed after %d ms of the burst: %d receipts, %d submits interrupted, %d never sent%n",
				Duration.between(burst, Instant.now()).toMillis(), receipted.size(), interrupted.size(),
				proposals.size() - receipted.size() - interrupted.size());
		assertThat(receipted).hasSizeGreaterThanOrEqualTo(RECEIPTS_BEFORE_KILL);
		assertThat(receipted.size() + interrupted.size()).isLessThan(PROPOSALS);

		this.node = node("node-kill-restarted").start(Duration.ofMinutes(3));
		NodeApi api = NodeApi.of(this.node);
		int committedUnanswered = 0;
		try (Connection db = this.database.connect()) {
			for (Proposal proposal : receipted) {
				assertKeptWithItsDocumentsAndOneProcess(db, proposal);
				assertThat(receiptsOf(db, proposal)).containsExactly(proposal.receipt);
			}
			for (Proposal proposal : interrupted) {
				List<String> committed = receiptsOf(db, proposal);
				assertThat(committed).as("receipts of %s", proposal.reference).hasSizeLessThanOrEqualTo(1);
				HttpResponse<String> retried = proposal.submit(api);
				CallOpenedThroughApi.expect(retried, 200);
				String receipt = String.valueOf(NodeApi.json(retried).get("receiptNumber"));
				if (!committed.isEmpty()) {
					committedUnanswered++;
					assertThat(receipt).as("the receipt the interrupted submit committed").isEqualTo(committed.get(0));
				}
				proposal.receipt = receipt;
				assertKeptWithItsDocumentsAndOneProcess(db, proposal);
				assertThat(receiptsOf(db, proposal)).containsExactly(receipt);
				// once more: still the same receipt, nothing new
				assertThat(NodeApi.json(CallOpenedThroughApi.expect(proposal.submit(api), 200)))
					.containsEntry("receiptNumber", receipt);
			}
			assertThat(single(db, """
					select count(*) from (select p.business_key_ from act_hi_procinst p
					join act_re_procdef d on d.id_ = p.proc_def_id_ where d.key_ = 'submission'
					group by p.business_key_ having count(*) > 1) duplicated""")).isZero();
			assertThat(single(db, """
					select count(*) from submissions s where s.call_reference = '%s' and s.status <> 'DRAFT'
					and (select count(*) from act_hi_procinst p join act_re_procdef d on d.id_ = p.proc_def_id_
					     where d.key_ = 'submission' and p.business_key_ = s.reference) <> 1""".formatted(call)))
				.as("submitted proposals without exactly one process instance")
				.isZero();
		}
		awaitAcknowledgementsRun(Duration.ofSeconds(90));
		System.out.printf("Of the %d interrupted submits %d had committed before the kill; retried, each gave one "
				+ "submission%n", interrupted.size(), committedUnanswered);
	}

	/**
	 * The restarted node's job executor runs the submissions' acknowledgements (an
	 * asynchronous step after the submit's commit), those the killed node had locked too
	 * once their lock has expired.
	 */
	private void awaitAcknowledgementsRun(Duration timeout) throws Exception {
		Instant until = Instant.now().plus(timeout);
		String pending = """
				select count(*) from act_ru_job j
				where j.process_def_key_ = 'submission' and j.type_ = 'message'""";
		try (Connection db = this.database.connect()) {
			long lockedByTheKilledNode = single(db, pending + " and j.lock_owner_ is not null");
			while (single(db, pending) > 0) {
				assertThat(Instant.now()).as("acknowledgements run within %s", timeout).isBefore(until);
				Thread.sleep(500);
			}
			System.out.printf("Every acknowledgement ran after the restart, %d of them locked by the killed node%n",
					lockedByTheKilledNode);
			assertThat(single(db, "select count(*) from act_ru_incident")).as("incidents").isZero();
		}
	}

	private ApplicationNode node(String name) {
		return ApplicationNode.named(name)
			.onDatabase(this.database.jdbcUrl(), this.database.username())
			.withDemoCastOnly()
			.with("camunda.bpm.job-execution.max-wait", 2000)
			// the jobs the killed node had locked run again after this, not after 5
			// minutes
			.with("camunda.bpm.job-execution.lock-time-in-millis", 20000);
	}

	private static void assertKeptWithItsDocumentsAndOneProcess(Connection db, Proposal proposal) throws SQLException {
		Map<String, String> documents = new HashMap<>();
		// the proposal's current documents, their stored content hashed again
		try (PreparedStatement query = db.prepareStatement("""
				select d.type, encode(sha256(d.content), 'hex'), d.sha256 from submissions s
				cross join jsonb_array_elements(s.documents) document
				join submission_documents d on d.id = (document ->> 'id')::uuid and d.submission_id = s.id
				where s.reference = ?""")) {
			query.setString(1, proposal.reference);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					assertThat(rows.getString(3)).as("recorded hash").isEqualTo(rows.getString(2));
					assertThat(documents.put(rows.getString(1), rows.getString(2)))
						.as("one current %s", rows.getString(1))
						.isNull();
				}
			}
		}
		assertThat(documents).as("documents of %s", proposal.reference).isEqualTo(proposal.documentHashes);
		assertThat(single(db, """
				select count(*) from act_hi_procinst p join act_re_procdef d on d.id_ = p.proc_def_id_
				where d.key_ = 'submission' and p.business_key_ = '%s'""".formatted(proposal.reference)))
			.as("process instances of %s", proposal.reference)
			.isEqualTo(1);
	}

	private static List<String> receiptsOf(Connection db, Proposal proposal) throws SQLException {
		List<String> receipts = new ArrayList<>();
		try (PreparedStatement query = db.prepareStatement("""
				select v.receipt_number from submission_versions v join submissions s on s.id = v.submission_id
				where s.reference = ? order by v.version""")) {
			query.setString(1, proposal.reference);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					receipts.add(rows.getString(1));
				}
			}
		}
		return receipts;
	}

	private static long single(Connection db, String sql) throws SQLException {
		try (PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** One applicant's proposal in the burst and what the API answered it. */
	private static final class Proposal {

		private final String applicant;

		private final int number;

		private final String idempotencyKey = UUID.randomUUID().toString();

		private final Map<String, String> documentHashes = new HashMap<>();

		private volatile String reference;

		private volatile boolean submitSent;

		private volatile String receipt;

		Proposal(String applicant, int number) {
			this.applicant = applicant;
			this.number = number;
		}

		/** Drafts, uploads and submits; stops quietly where the kill cuts it off. */
		Void submitThrough(NodeApi api, String call, AtomicInteger receipts, AtomicInteger submitting)
				throws InterruptedException {
			try {
				HttpResponse<String> draft = api.post(this.applicant, "/api/submissions", draftOf(call));
				if (draft.statusCode() != 201) {
					throw new AssertionError("draft answered " + draft.statusCode() + ": " + draft.body());
				}
				this.reference = String.valueOf(NodeApi.json(draft).get("reference"));
				for (String type : List.of("technical-proposal", "budget")) {
					byte[] pdf = pdf(type);
					HttpResponse<String> upload = api.upload(this.applicant,
							"/api/submissions/" + this.reference + "/documents", type, type + ".pdf", pdf);
					if (upload.statusCode() != 200) {
						throw new AssertionError("upload answered " + upload.statusCode() + ": " + upload.body());
					}
					this.documentHashes.put(type, sha256(pdf));
				}
				this.submitSent = true;
				submitting.incrementAndGet();
				HttpResponse<String> submitted = submit(api);
				submitting.decrementAndGet();
				if (submitted.statusCode() != 200) {
					throw new AssertionError("submit answered " + submitted.statusCode() + ": " + submitted.body());
				}
				this.receipt = String.valueOf(NodeApi.json(submitted).get("receiptNumber"));
				receipts.incrementAndGet();
			}
			catch (IOException ex) {
				// the node was killed under this request or before it
			}
			return null;
		}

		HttpResponse<String> submit(NodeApi api) throws IOException, InterruptedException {
			return api.post(this.applicant, "/api/submissions/" + this.reference + "/submission", null,
					"Idempotency-Key", this.idempotencyKey);
		}

		private Map<String, Object> draftOf(String call) {
			Map<String, Object> draft = new HashMap<>();
			draft.put("call", call);
			draft.put("challenge", CallOpenedThroughApi.CHALLENGE);
			draft.put("title", "Home monitoring " + this.number);
			draft.put("acronym", "HOME" + this.number);
			draft.put("summary", "Wearable sensors and a triage dashboard for heart-failure nurses.");
			draft.put("requestedAmount", 48000);
			draft.put("trl", 6);
			draft.put("team", "Two engineers and a cardiologist");
			draft.put("partners", "Coimbra University Hospital");
			draft.put("declarations", List.of("ACCURATE_INFORMATION", "NOT_IN_EXCLUSION_SITUATION", "NO_DOUBLE_FUNDING",
					"ETHICS_AND_DATA_PROTECTION"));
			draft.put("keywords", List.of("heart failure", "remote monitoring"));
			return draft;
		}

		/** A small PDF of its own, so that each document's hash tells it apart. */
		private byte[] pdf(String type) {
			return ("%PDF-1.4\n% " + this.idempotencyKey + " " + type
					+ "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
				.getBytes(StandardCharsets.US_ASCII);
		}

		private static String sha256(byte[] content) {
			try {
				return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
