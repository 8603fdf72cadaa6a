package org.opencall.submissions;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.opencall.calls.CallCatalogue;
import org.opencall.identity.Directory;
import org.opencall.identity.Organisation;
import org.opencall.platform.ActionForbiddenException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's submitted proposals for its reports, read as a stream: each with its applicant
 * organisation (country and kind), when it was last submitted, and its eligibility with
 * the reasons. The rows come from a database cursor and their organisations are looked up
 * a batch at a time, so that a call of ten thousand proposals is never held at once. For
 * the officers of the call's programme and auditors.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionReport {

	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final Directory directory;

	private final SubmissionAccess access;

	private final CallCatalogue calls;

	SubmissionReport(JdbcTemplate jdbc, Directory directory, SubmissionAccess access, CallCatalogue calls) {
		this.calls = calls;
		// a cursor that fetches a batch of rows at a time (within the read-only
		// transaction)
		JdbcTemplate fetching = new JdbcTemplate(jdbc.getDataSource());
		fetching.setFetchSize(BATCH);
		this.jdbc = JdbcClient.create(fetching);
		this.directory = directory;
		this.access = access;
	}

	/**
	 * Hands the call's submitted proposals, by reference, to the reader while the cursor
	 * is open, and answers what it answers; drafts never submitted are left out.
	 */
	public <R> R rows(String userId, String callReference, Function<Stream<SubmissionRow>, R> reader) {
		requireReader(userId, callReference);
		try (Stream<Stored> stored = this.jdbc.sql("""
				select s.reference, s.organisation_id, s.status, s.ineligibility_reasons, s.decided_by,
				s.decision_comment, v.submitted_at, v.content -> 'content' ->> 'title' as title,
				v.content -> 'content' ->> 'requestedAmount' as requested
				from submissions s
				join submission_versions v on v.submission_id = s.id and v.version = s.submitted_version
				where s.call_reference = :call and s.submitted_version > 0
				order by s.reference
				""").param("call", callReference).query(SubmissionReport::stored).stream()) {
			Iterator<SubmissionRow> rows = new Batches(stored.iterator());
			return reader
				.apply(StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false));
		}
	}

	/** How many proposals the call received, and how each stands. */
	public SubmissionCounts counts(String userId, String callReference) {
		requireReader(userId, callReference);
		Map<String, Integer> byStatus = this.jdbc.sql("""
				select status, count(*) as n from submissions
				where call_reference = :call and submitted_version > 0 group by status
				""")
			.param("call", callReference)
			.query((rs, n) -> Map.entry(rs.getString("status"), rs.getInt("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		int total = byStatus.values().stream().mapToInt(Integer::intValue).sum();
		return new SubmissionCounts(total, byStatus.getOrDefault("SUBMITTED", 0), byStatus.getOrDefault("ELIGIBLE", 0),
				byStatus.getOrDefault("INELIGIBLE", 0), byStatus.getOrDefault("WITHDRAWN", 0));
	}

	/**
	 * The call's officers and auditors, whatever the call's state (a call not yet
	 * published has no submissions, and its report says so); a call they do not read does
	 * not exist for them.
	 */
	private void requireReader(String userId, String callReference) {
		String programme = this.calls.officerCall(userId, callReference).programmeCode();
		boolean officer = this.calls.programmesOf(userId).stream().anyMatch((p) -> p.code().equals(programme));
		if (!officer && !this.access.isAuditor(userId)) {
			throw new ActionForbiddenException(
					"Only officers of the call's programme and auditors read its submissions");
		}
	}

	private static Stored stored(ResultSet rs, int n) throws SQLException {
		Array reasons = rs.getArray("ineligibility_reasons");
		Timestamp at = rs.getTimestamp("submitted_at");
		String requested = rs.getString("requested");
		return new Stored(rs.getString("reference"), (UUID) rs.getObject("organisation_id"), rs.getString("title"),
				(requested != null) ? new BigDecimal(requested) : null, SubmissionState.valueOf(rs.getString("status")),
				(at != null) ? at.toInstant() : null,
				(reasons != null) ? Arrays.asList((String[]) reasons.getArray()) : List.of(),
				rs.getString("decided_by"), rs.getString("decision_comment"));
	}

	private record Stored(String reference, UUID organisationId, String title, BigDecimal requested,
			SubmissionState status, Instant submittedAt, List<String> reasons, String decidedBy,
			String decisionComment) {
	}

	/**
	 * The stored rows a batch at a time, each batch's organisations read in one query.
	 */
	private final class Batches implements Iterator<SubmissionRow> {

		private final Iterator<Stored> stored;

		private Iterator<SubmissionRow> batch = List.<SubmissionRow>of().iterator();

		Batches(Iterator<Stored> stored) {
			this.stored = stored;
		}

		@Override
		public boolean hasNext() {
			if (!this.batch.hasNext() && this.stored.hasNext()) {
				List<Stored> next = new ArrayList<>(BATCH);
				while (next.size() < BATCH && this.stored.hasNext()) {
					next.add(this.stored.next());
				}
				Set<UUID> ids = next.stream().map(Stored::organisationId).collect(Collectors.toSet());
				Map<UUID, Organisation> organisations = SubmissionReport.this.directory.organisations(ids);
				this.batch = next.stream().map((s) -> row(s, organisations.get(s.organisationId()))).iterator();
			}
			return this.batch.hasNext();
		}

		@Override
		public SubmissionRow next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return this.batch.next();
		}

		private static SubmissionRow row(Stored s, Organisation organisation) {
			return new SubmissionRow(s.reference(), s.title(), (organisation != null) ? organisation.name() : "",
					(organisation != null) ? organisation.country() : "",
					(organisation != null && organisation.type() != null) ? organisation.type().label() : "",
					s.requested(), s.submittedAt(), s.status(), s.reasons(), s.decidedBy(), s.decisionComment());
		}

	}

}
