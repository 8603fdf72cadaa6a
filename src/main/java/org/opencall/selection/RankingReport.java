package org.opencall.selection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.postgresql.util.PGobject;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.platform.JsonColumns;
import org.opencall.selection.domain.DecisionList;
import org.opencall.selection.domain.DecisionList.Listed;
import org.opencall.selection.domain.Selection;
import org.opencall.selection.domain.SelectionRepository;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's ranking for its reports, for its programme's officers and auditors: the list
 * one officer proposed (and a second approved, once decided) read entry by entry from a
 * database cursor over the stored list, so that ten thousand proposals are never held at
 * once; while the panel still works, the ranking as it stands. A call whose selection has
 * not started has no ranking yet: its report is empty.
 */
@Service
@Transactional(readOnly = true)
public class RankingReport {

	static final int FETCH = 500;

	private final CallCatalogue calls;

	private final SelectionRepository selections;

	private final RankingOfCall ranking;

	private final JdbcClient jdbc;

	RankingReport(CallCatalogue calls, SelectionRepository selections, RankingOfCall ranking, JdbcTemplate jdbc) {
		this.calls = calls;
		this.selections = selections;
		this.ranking = ranking;
		// a cursor that fetches a batch of rows at a time (within the read-only
		// transaction)
		JdbcTemplate fetching = new JdbcTemplate(jdbc.getDataSource());
		fetching.setFetchSize(FETCH);
		this.jdbc = JdbcClient.create(fetching);
	}

	/** Where the selection stands and its figures, without reading the list's entries. */
	public RankingSummary summary(String userId, String callReference) {
		CallView call = this.calls.officerCall(userId, callReference);
		Optional<Stored> stored = this.jdbc
			.sql("""
					select s.status, s.opened_at, s.proposed_at, s.decided_at, s.redress_deadline,
					s.proposed_list is not null as listed,
					(s.proposed_list ->> 'budget')::numeric as budget, (s.proposed_list ->> 'committed')::numeric as committed,
					(select count(*) from jsonb_array_elements(s.proposed_list -> 'proposals') p
					 where p ->> 'outcome' = 'SELECTED') as selected,
					(select count(*) from jsonb_array_elements(s.proposed_list -> 'proposals') p
					 where p ->> 'outcome' = 'RESERVE') as reserve,
					(select count(*) from jsonb_array_elements(s.proposed_list -> 'proposals') p
					 where p ->> 'outcome' = 'REJECTED') as rejected
					from selections s where s.call_reference = :call
					""")
			.param("call", callReference)
			.query((rs, n) -> summary(call, rs))
			.optional();
		if (stored.isEmpty()) {
			return new RankingSummary(callReference, "NONE",
					"No ranking yet: the call's evaluations are not all complete", call.totalBudget(), BigDecimal.ZERO,
					0, 0, 0, null, null, null, null);
		}
		RankingSummary summary = stored.get().summary();
		if (stored.get().listed()) {
			return summary;
		}
		DecisionList current = current(call);
		return new RankingSummary(callReference, summary.status(), summary.statusText(), current.budget(),
				current.committed(), (int) current.count("SELECTED"), (int) current.count("RESERVE"),
				(int) current.count("REJECTED"), summary.evaluatedAt(), null, null, null);
	}

	/**
	 * Hands the call's ranked proposals, in rank order (the rejected ones last), to the
	 * reader while the cursor is open, and answers what it answers.
	 */
	public <R> R rows(String userId, String callReference, Function<Stream<RankedRow>, R> reader) {
		CallView call = this.calls.officerCall(userId, callReference);
		boolean listed = this.jdbc.sql("select proposed_list is not null from selections where call_reference = :call")
			.param("call", callReference)
			.query(Boolean.class)
			.optional()
			.orElse(false);
		if (!listed) {
			boolean started = this.selections.findByCallReference(callReference).isPresent();
			Stream<Listed> entries = started ? current(call).proposals().stream() : Stream.empty();
			return reader.apply(entries.map(RankingReport::row));
		}
		try (Stream<Listed> entries = this.jdbc
			.sql("""
					select e.entry from selections s
					cross join lateral jsonb_array_elements(s.proposed_list -> 'proposals') with ordinality e(entry, position)
					where s.call_reference = :call order by e.position
					""")
			.param("call", callReference)

			.query((rs, n) -> JsonColumns.read((PGobject) rs.getObject("entry"), Listed.class))
			.stream()) {
			return reader.apply(entries.map(RankingReport::row));
		}
	}

	private DecisionList current(CallView call) {
		Selection selection = this.selections.findByCallReference(call.reference()).orElseThrow();
		return this.ranking.current(call, selection);
	}

	private static RankedRow row(Listed listed) {
		return new RankedRow(listed.rank(), listed.submissionReference(), listed.title(), listed.organisation(),
				listed.outcome(), Outcomes.words(listed.outcome()), listed.reason(), listed.scores(), listed.total(),
				listed.weighted(), listed.requested());
	}

	private static Stored summary(CallView call, ResultSet rs) throws SQLException {
		boolean listed = rs.getBoolean("listed");
		String status = rs.getString("status");
		return new Stored(listed,
				new RankingSummary(call.reference(), status,
						CallRanking.statusText(org.opencall.selection.domain.SelectionStatus.valueOf(status)),
						listed ? rs.getBigDecimal("budget") : call.totalBudget(),
						listed ? rs.getBigDecimal("committed") : BigDecimal.ZERO, rs.getInt("selected"),
						rs.getInt("reserve"), rs.getInt("rejected"), instant(rs, "opened_at"),
						instant(rs, "proposed_at"), instant(rs, "decided_at"), instant(rs, "redress_deadline")));
	}

	/**
	 * A selection's figures as stored, and whether they come from a list an officer
	 * proposed (a list sent back is no longer kept).
	 */
	private record Stored(boolean listed, RankingSummary summary) {
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

}
