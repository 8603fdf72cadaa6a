package org.opencall.selection;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencall.calls.CallView;
import org.opencall.evaluation.ConsensusResult;
import org.opencall.evaluation.EvaluationResult.ScoreResult;
import org.opencall.evaluation.EvaluationResults;
import org.opencall.identity.Directory;
import org.opencall.notifications.MailAttachment;
import org.opencall.notifications.Outbox;
import org.opencall.platform.JsonColumns;
import org.opencall.platform.PageFormat;
import org.opencall.selection.domain.DecisionList;
import org.opencall.selection.domain.DecisionList.Listed;
import org.opencall.selection.domain.Selection;
import org.opencall.submissions.ProposalToEvaluate;
import org.opencall.submissions.ProposalsToEvaluate;

import org.postgresql.util.PGobject;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every applicant's result letter: issued for all of a call's proposals when the funding
 * decision is approved, then rendered (the evaluation summary report as a PDF) and mailed
 * in batches, each batch in its own transaction. The PDF is kept as mailed, so that the
 * applicant downloads exactly the report they received. Letters are rows of their own,
 * not part of the selection's aggregate: a call has thousands and their PDFs are large.
 */
@Component
class ResultLetters {

	/** Letters rendered and mailed per transaction. */
	static final int BATCH = 25;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final EvaluationResults evaluations;

	private final ProposalsToEvaluate proposals;

	private final EvaluationSummaryPdf pdf;

	private final Directory directory;

	private final Outbox outbox;

	private final String baseUrl;

	private final Clock clock;

	private final PageFormat format;

	ResultLetters(JdbcClient jdbc, JdbcTemplate batch, EvaluationResults evaluations, ProposalsToEvaluate proposals,
			EvaluationSummaryPdf pdf, Directory directory, Outbox outbox, @Value("${opencall.base-url}") String baseUrl,
			Clock clock, PageFormat format) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.evaluations = evaluations;
		this.proposals = proposals;
		this.pdf = pdf;
		this.directory = directory;
		this.outbox = outbox;
		this.baseUrl = baseUrl;
		this.clock = clock;
		this.format = format;
	}

	/** One letter per proposal of the approved decision, to be mailed in batches. */
	@Transactional(propagation = Propagation.MANDATORY)
	void issue(CallView call, Selection selection) {
		Map<String, ConsensusResult> results = this.evaluations.consensusOfCall(call.reference())
			.stream()
			.collect(Collectors.toMap(ConsensusResult::submissionReference, Function.identity()));
		DecisionList list = selection.proposedList();
		List<Object[]> rows = new ArrayList<>();
		for (Listed listed : list.proposals()) {
			EvaluationSummary summary = summary(call, listed, results.get(listed.submissionReference()),
					selection.decidedAt(), selection.redressDeadline());
			rows.add(new Object[] { listed.submissionReference(), 1, call.reference(), listed.outcome(), listed.rank(),
					listed.reason(), Timestamp.from(selection.decidedAt()), Timestamp.from(selection.redressDeadline()),
					JsonColumns.write(summary) });
		}
		this.batch.batchUpdate("""
				insert into result_letters (submission_reference, version, call_reference, outcome, rank, reason,
				    issued_at, redress_deadline, summary)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
	}

	/**
	 * Issues the next version of one proposal's letter (after a redress that re-evaluated
	 * it) and mails it at once.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void reissue(EvaluationSummary summary) {
		int version = this.jdbc
			.sql("select coalesce(max(version), 0) + 1 from result_letters where submission_reference = :reference")
			.param("reference", summary.submissionReference())
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				insert into result_letters (submission_reference, version, call_reference, outcome, rank, reason,
				    issued_at, redress_deadline, summary)
				values (:reference, :version, :call, :outcome, :rank, :reason, :issued, :redress, :summary)
				""")
			.param("reference", summary.submissionReference())
			.param("version", version)
			.param("call", summary.callReference())
			.param("outcome", summary.result())
			.param("rank", summary.rank())
			.param("reason", summary.reason())
			.param("issued", Timestamp.from(summary.issuedAt()))
			.param("redress", Timestamp.from(summary.redressDeadline()))
			.param("summary", JsonColumns.write(summary))
			.update();
		mail(new Unsent(summary.submissionReference(), version, summary));
	}

	/**
	 * Renders and mails the next batch of the call's letters; answers how many are left.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int sendNext(String callReference) {
		List<Unsent> unsent = this.jdbc.sql("""
				select submission_reference, version, summary from result_letters
				where call_reference = :call and mailed_at is null
				order by submission_reference, version limit :batch
				for update skip locked
				""")
			.param("call", callReference)
			.param("batch", BATCH)
			.query((rs, i) -> new Unsent(rs.getString(1), rs.getInt(2),
					JsonColumns.read((PGobject) rs.getObject(3), EvaluationSummary.class)))
			.list();
		unsent.forEach(this::mail);
		return toSend(callReference);
	}

	int toSend(String callReference) {
		return this.jdbc.sql("select count(*) from result_letters where call_reference = :call and mailed_at is null")
			.param("call", callReference)
			.query(Integer.class)
			.single();
	}

	/** The latest letter of a proposal, once it is mailed, without its report. */
	Optional<Letter> latest(String submissionReference) {
		return this.jdbc.sql("""
				select version, summary from result_letters
				where submission_reference = :reference and mailed_at is not null
				order by version desc limit 1
				""")
			.param("reference", submissionReference)
			.query((rs, i) -> new Letter(rs.getInt(1),
					JsonColumns.read((PGobject) rs.getObject(2), EvaluationSummary.class)))
			.optional();
	}

	/** The report of one letter, as it was mailed. */
	byte[] report(String submissionReference, int version) {
		return this.jdbc
			.sql("select esr_pdf from result_letters where submission_reference = :reference and version = :version")
			.param("reference", submissionReference)
			.param("version", version)
			.query(byte[].class)
			.single();
	}

	private void mail(Unsent letter) {
		EvaluationSummary summary = letter.summary();
		byte[] report = this.pdf.render(summary, letter.afterRedress());
		ProposalToEvaluate proposal = this.proposals.eligible(letter.submissionReference());
		this.directory.person(proposal.applicant())
			.ifPresent((applicant) -> this.outbox.mailTo(applicant,
					"result-letter:" + letter.submissionReference() + ":" + letter.version(),
					"Result of your proposal " + letter.submissionReference(),
					letter.afterRedress() ? bodyAfterRedress(summary) : body(summary),
					List.of(new MailAttachment(fileName(letter.submissionReference()), "application/pdf", report))));
		this.jdbc.sql("""
				update result_letters set esr_pdf = :pdf, mailed_at = :now
				where submission_reference = :reference and version = :version
				""")
			.param("pdf", report)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("reference", letter.submissionReference())
			.param("version", letter.version())
			.update();
	}

	static String fileName(String submissionReference) {
		return "evaluation-summary-" + submissionReference + ".pdf";
	}

	/**
	 * The letter of a re-evaluation: it concludes the redress request, so it invites no
	 * other (a proposal has one).
	 */
	private String bodyAfterRedress(EvaluationSummary summary) {
		return "As your request for redress was upheld, new experts evaluated your proposal "
				+ summary.submissionReference() + " \"" + summary.proposalTitle() + "\" to call "
				+ summary.callReference() + " \"" + summary.callTitle() + "\" again. Its result: "
				+ summary.resultText() + ".\n\n" + summary.reason()
				+ "\n\nThe evaluation summary report attached gives the new experts' consensus scores and comments"
				+ " on each criterion. This concludes your redress request.\n\n" + this.baseUrl + "/submissions/"
				+ summary.submissionReference() + "/result";
	}

	private String body(EvaluationSummary summary) {
		String zone = summary.timeZone().getId();
		return "The funding decision of call " + summary.callReference() + " \"" + summary.callTitle()
				+ "\" is taken. Your proposal " + summary.submissionReference() + " \"" + summary.proposalTitle()
				+ "\": " + summary.resultText() + ".\n\n" + summary.reason()
				+ "\n\nThe evaluation summary report attached gives the experts' consensus scores and comments on"
				+ " each criterion. If you believe the evaluation was flawed, you may ask for redress until "
				+ this.format.dateTime(summary.redressDeadline(), zone) + ":\n\n" + this.baseUrl + "/submissions/"
				+ summary.submissionReference() + "/result";
	}

	static EvaluationSummary summary(CallView call, Listed listed, ConsensusResult evaluation, Instant issuedAt,
			Instant redressDeadline) {
		Map<String, ScoreResult> consensus = (evaluation != null)
				? evaluation.scores().stream().collect(Collectors.toMap(ScoreResult::criterion, Function.identity()))
				: Map.of();
		List<EvaluationSummary.CriterionSummary> criteria = call.criteria().stream().map((criterion) -> {
			ScoreResult score = consensus.get(criterion.name());
			BigDecimal value = listed.scores()
				.getOrDefault(criterion.name(), (score != null) ? score.score() : BigDecimal.ZERO);
			return new EvaluationSummary.CriterionSummary(criterion.name(), value, criterion.threshold(),
					criterion.weight(), (score != null) ? score.comment() : "");
		}).toList();
		return new EvaluationSummary(call.reference(), call.title(), call.programmeName(), listed.submissionReference(),
				listed.title(), listed.organisation(), listed.outcome(), Outcomes.words(listed.outcome()),
				listed.reason(), criteria, listed.total(), call.overallThreshold(), listed.weighted(), listed.rank(),
				(evaluation != null) ? evaluation.comment() : null, redressDeadline, ZoneId.of(call.timeZone()),
				issuedAt);
	}

	private record Unsent(String submissionReference, int version, EvaluationSummary summary) {

		/**
		 * The decision's letter is the first; a later one follows an upheld redress
		 * request.
		 */
		boolean afterRedress() {
			return this.version > 1;
		}

	}

	/** A mailed letter: its version and what it says. */
	record Letter(int version, EvaluationSummary summary) {
	}

}
