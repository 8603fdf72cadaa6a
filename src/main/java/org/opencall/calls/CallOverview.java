package org.opencall.calls;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.opencall.identity.Directory;
import org.opencall.identity.Programme;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls as home pages list them: a screenful and the whole list's size in one query each,
 * read as rows rather than as aggregates with their challenges and criteria. The same
 * rules as the call pages: officers read their programmes' calls, auditors every
 * programme's, everybody else the published ones.
 */
@Service
@Transactional(readOnly = true)
public class CallOverview {

	private static final String COLUMNS = """
			select reference, programme_code, title, status, opens_at, deadline, time_zone, max_grant, currency,
			prepared_by, reviewed_by, count(*) over () as total from calls
			""";

	private final JdbcClient jdbc;

	private final OfficerCalls officerCalls;

	private final Directory directory;

	CallOverview(JdbcClient jdbc, OfficerCalls officerCalls, Directory directory) {
		this.jdbc = jdbc;
		this.officerCalls = officerCalls;
		this.directory = directory;
	}

	/**
	 * The calls of the officer's programmes (of every programme for an auditor), those
	 * waiting for someone first — for approval, for revision, drafts — then open,
	 * upcoming and closed ones; the latest changed first within each.
	 */
	public CallSummary.Screenful ofProgrammes(String userId, int limit) {
		List<String> codes = this.officerCalls.readableProgrammes(userId).stream().map(Programme::code).toList();
		if (codes.isEmpty()) {
			return new CallSummary.Screenful(List.of(), 0);
		}
		return screenful(this.jdbc.sql(COLUMNS + """
				where programme_code in (:codes) order by case status when 'AWAITING_APPROVAL' then 0
				when 'SENT_BACK' then 1 when 'DRAFT' then 2 when 'OPEN' then 3 when 'SCHEDULED' then 4 else 5 end,
				updated_at desc, reference limit :limit
				""").param("codes", codes).param("limit", limit), false);
	}

	/**
	 * The open calls an organisation of this country and type may apply to, the nearest
	 * deadline first.
	 */
	public CallSummary.Screenful openTo(String country, String organisationType, int limit) {
		return screenful(this.jdbc.sql(COLUMNS + """
				where status = 'OPEN' and cast(:country as varchar) = any(eligible_countries)
				and cast(:type as varchar) = any(eligible_organisation_types)
				order by deadline, reference limit :limit
				""").param("country", country).param("type", organisationType).param("limit", limit), true);
	}

	/** These calls, those published only, as anybody may read them. */
	public Map<String, CallSummary> published(Collection<String> references) {
		if (references.isEmpty()) {
			return Map.of();
		}
		return screenful(this.jdbc
			.sql(COLUMNS
					+ """
							where reference in (:references) and status in ('SCHEDULED', 'OPEN', 'CLOSED', 'IN_EVALUATION', 'EVALUATED', 'DECIDED')
							""")
			.param("references", references), true).calls()
			.stream()
			.collect(Collectors.toMap(CallSummary::reference, (call) -> call));
	}

	/**
	 * The references of the closed calls of the officer's programmes (of every programme
	 * for an auditor), where eligibility checks fall due.
	 */
	public List<String> closedCallsOf(String userId) {
		List<String> codes = this.officerCalls.readableProgrammes(userId).stream().map(Programme::code).toList();
		if (codes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select reference from calls where programme_code in (:codes) and status = 'CLOSED'")
			.param("codes", codes)
			.query(String.class)
			.list();
	}

	private CallSummary.Screenful screenful(JdbcClient.StatementSpec query, boolean publicOnly) {
		Map<String, String> names = this.directory.programmes()
			.stream()
			.collect(Collectors.toMap(Programme::code, Programme::name));
		int[] total = { 0 };
		List<CallSummary> calls = query.query((rs, n) -> {
			total[0] = rs.getInt("total");
			CallSummary call = row(rs, names);
			return publicOnly ? call.publicSummary() : call;
		}).list();
		return new CallSummary.Screenful(calls, total[0]);
	}

	private static CallSummary row(ResultSet rs, Map<String, String> programmeNames) throws SQLException {
		String programme = rs.getString("programme_code");
		return new CallSummary(rs.getString("reference"), programme, programmeNames.getOrDefault(programme, programme),
				rs.getString("title"), CallState.valueOf(rs.getString("status")),
				rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
				rs.getString("time_zone"), rs.getBigDecimal("max_grant"), rs.getString("currency"),
				strings(rs.getArray("prepared_by")), rs.getString("reviewed_by"));
	}

	private static Set<String> strings(Array array) throws SQLException {
		return Set.copyOf(Arrays.asList((String[]) array.getArray()));
	}

}
