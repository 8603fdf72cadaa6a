package org.opencall.submissions.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.RepositoryTest;
import org.opencall.calls.domain.Call;
import org.opencall.calls.domain.CallChallenge;
import org.opencall.calls.domain.CallRepository;
import org.opencall.calls.domain.CallTerms;
import org.opencall.calls.domain.TermsDraft;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proposals are stored and read back whole — content, declarations, the current document
 * of each type, the eligibility findings — and a change made by someone else in between
 * is refused, also when two saves of the same version race.
 */
@RepositoryTest
class SubmissionRepositoryTest {

	private static final Instant NOW = Instant.parse("2027-02-10T09:00:00Z");

	private static final String CHALLENGE = "Heart failure at home";

	private static final Set<String> MANDATORY = Set.of("technical-proposal", "budget");

	@Autowired
	SubmissionRepository submissions;

	@Autowired
	CallRepository calls;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private SubmissionWindow window;

	private UUID organisation;

	@BeforeEach
	void callAndOrganisation() {
		this.jdbc
			.sql("insert into programmes (code, name) values ('repo-test', 'Repository test') on conflict do nothing")
			.update();
		Call call = Call.draft("RT-" + System.nanoTime() % 1_000_000, "repo-test",
				CallTerms.of(new TermsDraft("Remote monitoring", "Home monitoring for chronic patients.",
						List.of(new CallChallenge(CHALLENGE, "Detect decompensation early.")), new BigDecimal("250000"),
						new BigDecimal("50000"), "EUR", LocalDateTime.of(2027, 2, 1, 9, 0),
						LocalDateTime.of(2027, 3, 1, 17, 0), "Europe/Lisbon", null, null, null)),
				"olivia");
		this.calls.save(call);
		this.window = new SubmissionWindow(call.reference(), true, call.terms().opensAt(), call.terms().deadline(),
				List.of(CHALLENGE),
				new CallRules(call.terms().maxGrant(), "EUR", 5, 8, Set.of("PT"), Map.of("SME", "SME")));
		this.organisation = UUID.randomUUID();
		this.jdbc.sql("insert into organisations (id, name, country, type) values (:id, 'MedSense', 'PT', 'SME')")
			.param("id", this.organisation)
			.update();
	}

	@Test
	void aProposalIsReadBackWithItsContentAndItsCurrentDocuments() {
		Submission submission = draft();
		this.submissions.save(submission);
		submission.addDocument(document(submission, "technical-proposal", "proposal.pdf"), this.window, NOW);
		submission.addDocument(document(submission, "budget", "budget.pdf"), this.window, NOW);
		this.submissions.save(submission);

		Submission read = this.submissions.findByReference(submission.reference()).orElseThrow();
		assertThat(read.content()).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(submission.content());
		assertThat(read.content().declarations()).containsExactlyInAnyOrder(Declaration.values());
		assertThat(read.documents()).containsExactlyElementsOf(submission.documents());
		assertThat(read.documents()).extracting(SubmissionDocument::type)
			.containsExactly("budget", "technical-proposal");
		assertThat(read.contentHash()).isEqualTo(submission.contentHash());
		assertThat(read.status()).isEqualTo(SubmissionStatus.DRAFT);
		assertThat(read.organisationId()).isEqualTo(this.organisation);
		assertThat(read.callReference()).isEqualTo(this.window.callReference());
		assertThat(this.submissions.findById(submission.id())).isPresent();
	}

	@Test
	void aNewUploadReplacesTheCurrentDocumentOfItsType() {
		Submission submission = draft();
		this.submissions.save(submission);
		submission.addDocument(document(submission, "budget", "budget.pdf"), this.window, NOW);
		this.submissions.save(submission);
		SubmissionDocument revised = document(submission, "budget", "budget-2.pdf");
		submission.addDocument(revised, this.window, NOW);
		this.submissions.save(submission);

		assertThat(this.submissions.findById(submission.id()).orElseThrow().documents()).containsExactly(revised);
	}

	@Test
	void theSameInstanceCanBeSavedAgainAfterEachChange() {
		Submission submission = draft();
		this.submissions.save(submission);
		submission.addDocument(document(submission, "technical-proposal", "proposal.pdf"), this.window, NOW);
		submission.addDocument(document(submission, "budget", "budget.pdf"), this.window, NOW);
		this.submissions.save(submission);
		submission.submit(this.window, MANDATORY, new ApplyingOrganisation("MedSense", "PT", "SME", "SME"), NOW);
		this.submissions.save(submission);
		submission.recordRuleFindings(List.of("The requested amount is above the maximum grant."));
		this.submissions.save(submission);
		submission.decideEligibility(false, "oscar", "Over budget.");
		this.submissions.save(submission);

		Submission read = this.submissions.findById(submission.id()).orElseThrow();
		assertThat(read.status()).isEqualTo(SubmissionStatus.INELIGIBLE);
		assertThat(read.submittedVersion()).isEqualTo(1);
		assertThat(read.ineligibilityReasons()).containsExactly("The requested amount is above the maximum grant.");
		assertThat(read.decidedBy()).isEqualTo("oscar");
		assertThat(read.decisionComment()).isEqualTo("Over budget.");
		assertThat(read.version()).isEqualTo(submission.version());
	}

	@Test
	void aChangeSavedByTheApplicantMeanwhileIsNotOverwritten() {
		Submission submission = draft();
		this.submissions.save(submission);
		Submission alices = this.submissions.findById(submission.id()).orElseThrow();
		Submission colleagues = this.submissions.findById(submission.id()).orElseThrow();

		alices.withdraw(this.window, NOW);
		this.submissions.save(alices);
		colleagues.edit(content("Changed title"), this.window, NOW);

		assertThatThrownBy(() -> this.submissions.save(colleagues))
			.isInstanceOf(OptimisticLockingFailureException.class);
		Submission read = this.submissions.findById(submission.id()).orElseThrow();
		assertThat(read.status()).isEqualTo(SubmissionStatus.WITHDRAWN);
		assertThat(read.content().title()).isEqualTo("CardioWatch home monitoring");
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void ofTwoApplicantsSavingTheSameVersionAtOnceOneIsRefused() throws Exception {
		Submission submission = draft();
		this.submissions.save(submission);
		CountDownLatch bothRead = new CountDownLatch(2);
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		Callable<String> edit = () -> transaction.execute((status) -> {
			Submission copy = this.submissions.findById(submission.id()).orElseThrow();
			String title = "Edited by " + Thread.currentThread().getName();
			copy.edit(content(title), this.window, NOW);
			bothRead.countDown();
			await(bothRead);
			this.submissions.save(copy);
			return title;
		});
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> saves = pool.invokeAll(List.of(edit, edit));
			List<String> saved = new ArrayList<>();
			List<Throwable> refused = new ArrayList<>();
			for (Future<String> save : saves) {
				try {
					saved.add(save.get());
				}
				catch (ExecutionException ex) {
					refused.add(ex.getCause());
				}
			}
			assertThat(saved).hasSize(1);
			assertThat(refused).singleElement().isInstanceOf(OptimisticLockingFailureException.class);
			Submission read = this.submissions.findById(submission.id()).orElseThrow();
			assertThat(read.content().title()).isEqualTo(saved.get(0));
			assertThat(read.version()).isEqualTo(submission.version() + 1);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void aCallsSubmissionsAwaitingTheirEligibilityAreCounted() {
		Submission submitted = draft();
		this.submissions.save(submitted);
		submitted.addDocument(document(submitted, "technical-proposal", "proposal.pdf"), this.window, NOW);
		submitted.addDocument(document(submitted, "budget", "budget.pdf"), this.window, NOW);
		submitted.submit(this.window, MANDATORY, new ApplyingOrganisation("MedSense", "PT", "SME", "SME"), NOW);
		this.submissions.save(submitted);
		this.submissions.save(draft());

		assertThat(this.submissions.countAwaitingEligibility(this.window.callReference())).isEqualTo(1);
		assertThat(this.submissions.nextReference()).matches("S-\\d{6,}");
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Submission draft() {
		return Submission.draft(this.submissions.nextReference(), this.window, this.organisation, "alice",
				content("CardioWatch home monitoring"), NOW);
	}

	/** An upload's content, stored beside the proposal (which must be stored already). */
	private SubmissionDocument document(Submission submission, String type, String fileName) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into submission_documents (id, submission_id, type, file_name, size, sha256, content,
				uploaded_by) values (:id, :submission, :type, :name, 3, :sha256, :content, 'alice')
				""")
			.param("id", id)
			.param("submission", submission.id())
			.param("type", type)
			.param("name", fileName)
			.param("sha256", "a".repeat(64))
			.param("content", "%PD".getBytes())
			.update();
		return new SubmissionDocument(id, type, fileName, 3, "a".repeat(64));
	}

	private static ProposalContent content(String title) {
		return new ProposalContent(CHALLENGE, title, "CARDIOWATCH",
				"Wearable sensors and a triage dashboard for heart-failure nurses.", new BigDecimal("48000"), 6,
				"Two engineers and a cardiologist", "Coimbra University Hospital", EnumSet.allOf(Declaration.class));
	}

}
