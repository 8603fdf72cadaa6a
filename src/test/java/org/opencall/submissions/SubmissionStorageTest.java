package org.opencall.submissions;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.RepositoryTest;
import org.opencall.calls.domain.Call;
import org.opencall.calls.domain.CallChallenge;
import org.opencall.calls.domain.CallRepository;
import org.opencall.calls.domain.CallTerms;
import org.opencall.calls.domain.TermsDraft;
import org.opencall.platform.IdempotencyKeyReusedException;
import org.opencall.submissions.domain.Declaration;
import org.opencall.submissions.domain.IdempotentSubmit;
import org.opencall.submissions.domain.ProposalContent;
import org.opencall.submissions.domain.Receipt;
import org.opencall.submissions.domain.ApplyingOrganisation;
import org.opencall.submissions.domain.CallRules;
import org.opencall.submissions.domain.Submission;
import org.opencall.submissions.domain.SubmissionDocument;
import org.opencall.submissions.domain.SubmissionEvents.SubmissionSubmitted;
import org.opencall.submissions.domain.SubmissionRepository;
import org.opencall.submissions.domain.SubmissionStatus;
import org.opencall.submissions.domain.SubmissionWindow;
import org.opencall.submissions.domain.SubmittedVersion;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading proposals and what is kept beside them: a proposal is read in one statement and
 * saved in one; a call's list with its submitted versions and an organisation's list take
 * the same few statements for one proposal as for fifty; a call's list reads the version
 * submitted last; a document's content streams back as it was uploaded.
 */
@RepositoryTest
@Import({ SubmittedVersions.class, DocumentStore.class, SubmissionStorageTest.CountedStatements.class })
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
class SubmissionStorageTest {

	private static final Instant NOW = Instant.parse("2027-02-10T09:00:00Z");

	private static final String CHALLENGE = "Heart failure at home";

	@Autowired
	SubmittedVersions versions;

	@Autowired
	DocumentStore documents;

	@Autowired
	SubmissionRepository submissions;

	@Autowired
	CallRepository calls;

	@Autowired
	JdbcClient jdbc;

	private SubmissionWindow window;

	private UUID organisation;

	@BeforeEach
	void callAndOrganisation() {
		this.jdbc
			.sql("insert into programmes (code, name) values ('repo-test', 'Repository test') on conflict do nothing")
			.update();
		Call call = Call.draft("LT-" + System.nanoTime() % 1_000_000, "repo-test",
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
	void aCallsListTakesAsManyStatementsForFiftyProposalsAsForOne() {
		submitted(1);
		int forOne = counted(() -> callList(null));
		submitted(49);
		int forFifty = counted(() -> callList(null));

		assertThat(callList(null)).hasSize(50);
		assertThat(forOne).as("proposals, their latest versions, their receipts").isEqualTo(3);
		assertThat(forFifty).isEqualTo(forOne);
	}

	@Test
	void anOrganisationsListTakesAsManyStatementsForFiftyProposalsAsForOne() {
		submitted(1);
		int forOne = counted(this::organisationList);
		submitted(49);
		int forFifty = counted(this::organisationList);

		assertThat(organisationList()).hasSize(50).allSatisfy((submission) -> {
			assertThat(submission.documents()).extracting(SubmissionDocument::type)
				.containsExactly("budget", "technical-proposal");
			assertThat(submission.content().declarations()).containsExactlyInAnyOrder(Declaration.values());
		});
		assertThat(forOne).as("proposals with their documents, their receipts").isEqualTo(2);
		assertThat(forFifty).isEqualTo(forOne);
	}

	@Test
	void aProposalIsReadInOneStatementAndSavedInOne() {
		String reference = submitted(1).get(0).reference();
		Submission[] read = new Submission[1];

		assertThat(counted(() -> read[0] = this.submissions.findByReference(reference).orElseThrow())).isEqualTo(1);
		read[0].edit(content("Edited"), this.window, NOW);
		read[0].addDocument(upload(read[0], "letter-of-support"), this.window, NOW);
		assertThat(counted(() -> this.submissions.save(read[0]))).isEqualTo(1);
		assertThat(this.submissions.findByReference(reference).orElseThrow().documents()).hasSize(3);
	}

	@Test
	void aCallsListShowsTheVersionSubmittedLastAndFiltersByStatus() {
		Submission submission = submitted(1).get(0);
		SubmissionDocument submittedBudget = submission.documents().get(0);
		submission.edit(content("Edited but never submitted"), this.window, NOW);
		submission.addDocument(upload(submission, "budget"), this.window, NOW);
		this.submissions.save(submission);
		Submission withdrawn = submitted(1).get(0);
		withdrawn.withdraw(this.window, NOW);
		this.submissions.save(withdrawn);

		List<Submission> listed = callList(SubmissionStatus.SUBMITTED);
		assertThat(listed).extracting(Submission::reference).containsExactly(submission.reference());
		SubmittedVersion version = this.versions.latest(submission.id()).orElseThrow();
		assertThat(version.content().title()).isEqualTo("CardioWatch home monitoring");
		assertThat(version.documents()).contains(submittedBudget);
		assertThat(listed.get(0).content().title()).isEqualTo("Edited but never submitted");
		assertThat(callList(SubmissionStatus.WITHDRAWN)).extracting(Submission::reference)
			.containsExactly(withdrawn.reference());
		assertThat(this.versions.containDocument(submission.id(), submittedBudget.id())).isTrue();
		assertThat(this.versions.containDocument(submission.id(), submission.documents().get(0).id())).isFalse();
	}

	@Test
	void aDocumentsContentStreamsBackAsItWasUploaded() {
		Submission submission = draft();
		this.submissions.save(submission);
		byte[] content = "%PDF-1.4 a budget".getBytes();
		SubmissionDocument document = this.documents.store(submission.id(), "budget", "budget.pdf", content, "alice");

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.documents.copy(submission.id(), document.id(), out);
		assertThat(out.toByteArray()).isEqualTo(content);
		assertThat(this.documents.size(submission.id(), document.id())).hasValue(content.length);
		assertThat(this.documents.size(UUID.randomUUID(), document.id())).isEmpty();
	}

	@Test
	void anIdempotencyKeyIsClaimedWithTheVersionItGivesOnceAndThenReplaysItsReceipt() {
		Submission submission = draft();
		this.submissions.save(submission);
		String key = "key-" + UUID.randomUUID();
		Receipt receipt = submission.nextReceipt(NOW);
		assertThat(receipt.receiptNumber()).isEqualTo("R-" + submission.reference() + "-1");

		assertThat(this.versions.appendClaiming(submission, receipt, "alice", key)).isTrue();
		assertThat(this.versions.appendClaiming(submission, receipt, "alice", key)).as("the same key again").isFalse();
		assertThat(this.versions.receipts(submission.id())).extracting(Receipt::receiptNumber)
			.containsExactly(receipt.receiptNumber());
		IdempotentSubmit earlier = this.submissions.findIdempotencyKey("alice", key);
		assertThat(earlier.replay(submission.id(), receipt.contentHash())).isEqualTo(receipt.receiptNumber());
		assertThatThrownBy(() -> earlier.replay(submission.id(), "2".repeat(64)))
			.isInstanceOf(IdempotencyKeyReusedException.class);
		Submission bobs = draft();
		this.submissions.save(bobs);
		assertThat(this.versions.appendClaiming(bobs, bobs.nextReceipt(NOW), "bob", key))
			.as("another user's key of the same value")
			.isTrue();

		assertThatThrownBy(() -> this.versions.append(submission, receipt, "alice"))
			.as("the same version kept by a concurrent submit")
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	/** A call's list as its officers read it: the proposals and their latest versions. */
	private List<Submission> callList(SubmissionStatus status) {
		List<Submission> listed = this.submissions.findSubmittedToCall(this.window.callReference(), status);
		List<UUID> ids = listed.stream().map(Submission::id).toList();
		assertThat(this.versions.latest(ids)).hasSameSizeAs(listed);
		assertThat(this.versions.receipts(ids)).hasSameSizeAs(listed);
		return listed;
	}

	/** An organisation's list: its proposals as written and their receipts. */
	private List<Submission> organisationList() {
		List<Submission> listed = this.submissions.findByOrganisation(this.organisation);
		this.versions.receipts(listed.stream().map(Submission::id).toList());
		return listed;
	}

	private int counted(Supplier<?> reading) {
		CountedStatements.COUNT.set(0);
		reading.get();
		return CountedStatements.COUNT.get();
	}

	/** Proposals of the organisation with both documents, submitted once. */
	private List<Submission> submitted(int count) {
		List<Submission> submitted = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Submission submission = draft();
			this.submissions.save(submission);
			submission.addDocument(upload(submission, "technical-proposal"), this.window, NOW);
			submission.addDocument(upload(submission, "budget"), this.window, NOW);
			SubmissionSubmitted event = submission.submit(this.window, Set.of("technical-proposal", "budget"),
					new ApplyingOrganisation("MedSense", "PT", "SME", "SME"), NOW);
			this.submissions.save(submission);
			this.versions.append(submission, event.receipt(), "alice");
			submitted.add(submission);
		}
		return submitted;
	}

	private SubmissionDocument upload(Submission submission, String type) {
		return this.documents.store(submission.id(), type, type + ".pdf", ("%PDF " + UUID.randomUUID()).getBytes(),
				"alice");
	}

	private Submission draft() {
		return Submission.draft(this.submissions.nextReference(), this.window, this.organisation, "alice",
				content("CardioWatch home monitoring"), NOW);
	}

	private static ProposalContent content(String title) {
		return new ProposalContent(CHALLENGE, title, "CARDIOWATCH",
				"Wearable sensors and a triage dashboard for heart-failure nurses.", new BigDecimal("48000"), 6,
				"Two engineers and a cardiologist", "Coimbra University Hospital", EnumSet.allOf(Declaration.class));
	}

	/** Counts the statements sent through the data source's connections. */
	@TestConfiguration(proxyBeanMethods = false)
	static class CountedStatements {

		static final AtomicInteger COUNT = new AtomicInteger();

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource dataSource) ? counting(dataSource, COUNT) : bean;
				}
			};
		}

		private static DataSource counting(DataSource target, AtomicInteger count) {
			return (DataSource) Proxy.newProxyInstance(CountedStatements.class.getClassLoader(),
					new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
						Object result = invoke(target, method, args);
						return (result instanceof Connection connection) ? counting(connection, count) : result;
					});
		}

		private static Connection counting(Connection target, AtomicInteger count) {
			return (Connection) Proxy.newProxyInstance(CountedStatements.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
							count.incrementAndGet();
						}
						return invoke(target, method, args);
					});
		}

		private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

}
