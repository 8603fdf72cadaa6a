package org.opencall.calls;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.opencall.calls.domain.Call;
import org.opencall.calls.domain.CallRepository;
import org.opencall.calls.domain.CallStatus;
import org.opencall.calls.domain.CallTerms;
import org.opencall.calls.domain.Challenge;
import org.opencall.calls.domain.Criterion;
import org.opencall.calls.domain.EligibilityRules;
import org.opencall.platform.StateConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCallRepository implements CallRepository {

	private static final String SELECT = "select * from calls ";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	JdbcCallRepository(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public Optional<Call> findById(UUID id) {
		return one(SELECT + "where id = :value", id);
	}

	@Override
	public Optional<Call> findByReference(String reference) {
		return one(SELECT + "where reference = :value", reference);
	}

	@Override
	public boolean existsByReference(String reference) {
		return this.jdbc.sql("select count(*) from calls where reference = :reference")
			.param("reference", reference)
			.query(Integer.class)
			.single() > 0;
	}

	@Override
	public List<Call> findByProgrammes(List<String> programmeCodes) {
		if (programmeCodes.isEmpty()) {
			return List.of();
		}
		return many(SELECT + "where programme_code in (:codes) order by opens_at desc, reference",
				Map.of("codes", programmeCodes));
	}

	@Override
	public List<Call> findPublic() {
		return many(SELECT + "where status in ('SCHEDULED', 'OPEN', 'CLOSED') order by opens_at desc, reference",
				Map.of());
	}

	@Override
	public void save(Call call) {
		int updated = this.jdbc
			.sql("""
					update calls set title = :title, description = :description, total_budget = :totalBudget,
					max_grant = :maxGrant, currency = :currency, opens_at = :opensAt, deadline = :deadline,
					time_zone = :timeZone, evaluators_per_submission = :evaluators, overall_threshold = :overall,
					eligible_countries = :countries, eligible_organisation_types = :types, trl_min = :trlMin,
					trl_max = :trlMax, status = :status, prepared_by = :preparedBy, round = :round, reviewed_by = :reviewedBy,
					review_comment = :reviewComment, published_at = :publishedAt, closed_at = :closedAt,
					updated_at = now(), version = version + 1
					where id = :id and version = :version
					""")
			.params(columns(call))
			.update();
		if (updated == 0) {
			insert(call);
		}
		saveChildren(call);
	}

	private void insert(Call call) {
		if (findById(call.id()).isPresent()) {
			throw new StateConflictException("Call " + call.reference() + " was changed by someone else; reload it");
		}
		this.jdbc.sql("""
				insert into calls (id, reference, programme_code, title, description, total_budget, max_grant,
				currency, opens_at, deadline, time_zone, evaluators_per_submission, overall_threshold,
				eligible_countries, eligible_organisation_types, trl_min, trl_max, status,
				drafted_by, prepared_by, round, reviewed_by, review_comment, published_at, closed_at)
				values (:id, :reference, :programmeCode, :title, :description, :totalBudget, :maxGrant,
				:currency, :opensAt, :deadline, :timeZone, :evaluators, :overall, :countries, :types, :trlMin,
				:trlMax, :status,
				:draftedBy, :preparedBy, :round, :reviewedBy, :reviewComment, :publishedAt, :closedAt)
				""").params(columns(call)).update();
	}

	private void saveChildren(Call call) {
		this.jdbc.sql("delete from call_challenges where call_id = :id").param("id", call.id()).update();
		this.jdbc.sql("delete from call_criteria where call_id = :id").param("id", call.id()).update();
		List<Challenge> challenges = call.terms().challenges();
		for (int i = 0; i < challenges.size(); i++) {
			this.jdbc
				.sql("insert into call_challenges (call_id, position, title, description, challenge_id, needs)"
						+ " values (:id, :position, :title, :description, :challengeId, cast(:needs as jsonb))")
				.param("id", call.id())
				.param("position", i)
				.param("title", challenges.get(i).title())
				.param("description", challenges.get(i).description())
				.param("challengeId", challenges.get(i).challengeId())
				.param("needs", json(challenges.get(i).needs()))
				.update();
		}
		List<Criterion> criteria = call.terms().criteria();
		for (int i = 0; i < criteria.size(); i++) {
			this.jdbc
				.sql("insert into call_criteria (call_id, position, name, threshold, weight)"
						+ " values (:id, :position, :name, :threshold, :weight)")
				.param("id", call.id())
				.param("position", i)
				.param("name", criteria.get(i).name())
				.param("threshold", criteria.get(i).threshold())
				.param("weight", criteria.get(i).weight())
				.update();
		}
	}

	@Override
	public CallStatus lockStatus(String reference) {
		return CallStatus.valueOf(this.jdbc.sql("select status from calls where reference = :reference for update")
			.param("reference", reference)
			.query(String.class)
			.single());
	}

	@Override
	public void follow(UUID callId, String userId) {
		this.jdbc.sql("insert into call_followers (call_id, user_id) values (:id, :user) on conflict do nothing")
			.param("id", callId)
			.param("user", userId)
			.update();
	}

	@Override
	public void unfollow(UUID callId, String userId) {
		this.jdbc.sql("delete from call_followers where call_id = :id and user_id = :user")
			.param("id", callId)
			.param("user", userId)
			.update();
	}

	@Override
	public List<String> followers(UUID callId) {
		return this.jdbc.sql("select user_id from call_followers where call_id = :id order by user_id")
			.param("id", callId)
			.query(String.class)
			.list();
	}

	private Map<String, Object> columns(Call call) {
		CallTerms terms = call.terms();
		Map<String, Object> columns = new java.util.HashMap<>();
		columns.put("id", call.id());
		columns.put("reference", call.reference());
		columns.put("programmeCode", call.programmeCode());
		columns.put("title", terms.title());
		columns.put("description", terms.description());
		columns.put("totalBudget", terms.totalBudget());
		columns.put("maxGrant", terms.maxGrant());
		columns.put("currency", terms.currency().getCurrencyCode());
		columns.put("opensAt", Timestamp.from(terms.opensAt()));
		columns.put("deadline", Timestamp.from(terms.deadline()));
		columns.put("timeZone", terms.timeZone().getId());
		columns.put("evaluators", terms.evaluatorsPerSubmission());
		columns.put("overall", terms.overallThreshold());
		columns.put("countries", terms.eligibility().countries().stream().sorted().toArray(String[]::new));
		columns.put("types", terms.eligibility().organisationTypes().stream().sorted().toArray(String[]::new));
		columns.put("trlMin", terms.eligibility().trlMin());
		columns.put("trlMax", terms.eligibility().trlMax());
		columns.put("status", call.status().name());
		columns.put("draftedBy", call.draftedBy());
		columns.put("preparedBy", call.preparedBy().stream().sorted().toArray(String[]::new));
		columns.put("round", call.round());
		columns.put("reviewedBy", call.reviewedBy());
		columns.put("reviewComment", call.reviewComment());
		columns.put("publishedAt", timestamp(call.publishedAt()));
		columns.put("closedAt", timestamp(call.closedAt()));
		columns.put("version", call.version());
		return columns;
	}

	private Optional<Call> one(String sql, Object value) {
		return many(sql, Map.of("value", value)).stream().findFirst();
	}

	private List<Call> many(String sql, Map<String, ?> params) {
		List<CallRow> rows = this.jdbc.sql(sql).params(params).query(this::row).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map(CallRow::id).toList();
		Map<UUID, List<Challenge>> challenges = this.jdbc
			.sql("select call_id, title, description, challenge_id, needs from call_challenges"
					+ " where call_id in (:ids) order by position")
			.param("ids", ids)
			.query((rs, n) -> Map.entry((UUID) rs.getObject("call_id"),
					new Challenge(rs.getString("title"), rs.getString("description"),
							(UUID) rs.getObject("challenge_id"), needs(rs.getString("needs")))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<UUID, List<Criterion>> criteria = this.jdbc
			.sql("select call_id, name, threshold, weight from call_criteria where call_id in (:ids) order by position")
			.param("ids", ids)
			.query((rs, n) -> Map.entry((UUID) rs.getObject("call_id"),
					new Criterion(rs.getString("name"), rs.getBigDecimal("threshold"), rs.getBigDecimal("weight"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return rows.stream()
			.map((row) -> row.toCall(challenges.getOrDefault(row.id(), List.of()),
					criteria.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private CallRow row(ResultSet rs, int rowNumber) throws SQLException {
		Array preparedBy = rs.getArray("prepared_by");
		return new CallRow((UUID) rs.getObject("id"), rs.getString("reference"), rs.getString("programme_code"),
				rs.getString("title"), rs.getString("description"), rs.getBigDecimal("total_budget"),
				rs.getBigDecimal("max_grant"), rs.getString("currency"), instant(rs.getTimestamp("opens_at")),
				instant(rs.getTimestamp("deadline")), rs.getString("time_zone"), rs.getInt("evaluators_per_submission"),
				rs.getBigDecimal("overall_threshold"),
				new EligibilityRules(Set.of((String[]) rs.getArray("eligible_countries").getArray()),
						Set.of((String[]) rs.getArray("eligible_organisation_types").getArray()), rs.getInt("trl_min"),
						rs.getInt("trl_max")),
				CallStatus.valueOf(rs.getString("status")), rs.getString("drafted_by"),
				Set.of((String[]) preparedBy.getArray()), rs.getInt("round"), rs.getString("reviewed_by"),
				rs.getString("review_comment"), instant(rs.getTimestamp("published_at")),
				instant(rs.getTimestamp("closed_at")), rs.getInt("version"));
	}

	private String json(List<NeedSummary> needs) {
		try {
			return this.json.writeValueAsString(needs);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<NeedSummary> needs(String json) {
		try {
			return List.of(this.json.readValue(json, NeedSummary[].class));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable needs of a call challenge", ex);
		}
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private record CallRow(UUID id, String reference, String programmeCode, String title, String description,
			BigDecimal totalBudget, BigDecimal maxGrant, String currency, Instant opensAt, Instant deadline,
			String timeZone, int evaluators, BigDecimal overallThreshold, EligibilityRules eligibility,
			CallStatus status, String draftedBy, Set<String> preparedBy, int round, String reviewedBy,
			String reviewComment, Instant publishedAt, Instant closedAt, int version) {

		Call toCall(List<Challenge> challenges, List<Criterion> criteria) {
			CallTerms terms = new CallTerms(this.title, this.description, challenges, this.totalBudget, this.maxGrant,
					Currency.getInstance(this.currency), this.opensAt, this.deadline, ZoneId.of(this.timeZone),
					this.evaluators, criteria, this.overallThreshold, this.eligibility);
			return new Call(this.id, this.reference, this.programmeCode, terms, this.status, this.draftedBy,
					this.preparedBy, this.round, this.reviewedBy, this.reviewComment, this.publishedAt, this.closedAt,
					this.version);
		}

	}

}
