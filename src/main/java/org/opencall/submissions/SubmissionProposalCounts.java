package org.opencall.submissions;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencall.calls.ProposalCounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the officers' pages of the calls module how many proposals each call received and
 * how many wait for their eligibility decision: one grouped query for all the calls
 * shown. Drafts never submitted stay their company's own and are not counted.
 */
@Component
class SubmissionProposalCounts implements ProposalCounts {

	private final JdbcClient jdbc;

	SubmissionProposalCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Proposals> of(Collection<String> callReferences) {
		if (callReferences.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				select call_reference, count(*) filter (where status <> 'WITHDRAWN') as submitted,
				count(*) filter (where status = 'SUBMITTED') as awaiting,
				count(*) filter (where status = 'ELIGIBLE') as eligible from submissions
				where call_reference in (:references) and submitted_version > 0 group by call_reference
				""")
			.param("references", callReferences)
			.query((rs, n) -> Map.entry(rs.getString("call_reference"),
					new Proposals(rs.getInt("submitted"), rs.getInt("awaiting"), rs.getInt("eligible"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
