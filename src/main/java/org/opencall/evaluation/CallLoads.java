package org.opencall.evaluation;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many proposals of a call each expert holds: the slots of the call's evaluations, of
 * every round, that they hold now or scored; the ones they left are not counted. What
 * choosing a replacement or the experts of a re-evaluation weighs against each expert's
 * maximum load.
 */
@Component
class CallLoads {

	private final JdbcClient jdbc;

	CallLoads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Integer> of(String callReference) {
		return this.jdbc.sql("""
				select s.expert, count(*) as held from evaluation_slots s join evaluations e on e.id = s.evaluation_id
				where e.call_reference = :call and s.expert is not null
				and s.state in ('ASSIGNED', 'NO_CONFLICT_DECLARED', 'SCORED') group by s.expert
				""")
			.param("call", callReference)
			.query((rs, n) -> Map.entry(rs.getString("expert"), rs.getInt("held")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
