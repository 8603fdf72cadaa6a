package org.opencall.needs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencall.needs.domain.CareSetting;
import org.opencall.needs.domain.Challenge;
import org.opencall.needs.domain.Clarification;
import org.opencall.needs.domain.ConfidentialField;
import org.opencall.needs.domain.Need;
import org.opencall.needs.domain.NeedDetails;
import org.opencall.needs.domain.NeedRepository;
import org.opencall.needs.domain.NeedStatus;
import org.opencall.needs.domain.Urgency;
import org.opencall.platform.Sha256;
import org.opencall.platform.StateConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcNeedRepository implements NeedRepository {

	private static final String SELECT = "select * from needs ";

	private final JdbcClient jdbc;

	JdbcNeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String nextReference() {
		long number = this.jdbc.sql("select nextval('need_reference_seq')").query(Long.class).single();
		return String.format("N-%05d", number);
	}

	@Override
	public Optional<Need> findById(UUID id) {
		return many(SELECT + "where id = :value", Map.of("value", id)).stream().findFirst();
	}

	@Override
	public Optional<Need> findByReference(String reference) {
		return many(SELECT + "where reference = :value", Map.of("value", reference)).stream().findFirst();
	}

	@Override
	public List<Need> findByOrganisation(UUID organisationId) {
		return many(SELECT + "where organisation_id = :org order by submitted_at desc", Map.of("org", organisationId));
	}

	@Override
	public List<Need> findBacklog(NeedFilter filter) {
		StringBuilder sql = new StringBuilder(SELECT + "where true");
		Map<String, Object> params = new HashMap<>();
		if (filter.status() != null) {
			sql.append(" and status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.careSetting() != null) {
			sql.append(" and care_setting = :careSetting");
			params.put("careSetting", filter.careSetting().name());
		}
		if (filter.urgency() != null) {
			sql.append(" and urgency = :urgency");
			params.put("urgency", filter.urgency().name());
		}
		if (filter.organisationId() != null) {
			sql.append(" and organisation_id = :organisation");
			params.put("organisation", filter.organisationId());
		}
		sql.append(" order by submitted_at desc limit 500");
		return many(sql.toString(), params);
	}

	@Override
	public void save(Need need) {
		Map<String, Object> columns = columns(need);
		int updated = this.jdbc.sql("""
				update needs set title = :title, description = :description, care_setting = :careSetting,
				affected_population = :population, affected_count = :count, current_practice = :practice,
				current_burden = :burden, expected_benefit = :benefit, urgency = :urgency,
				confidential_fields = :confidential, status = :status, decided_by = :decidedBy,
				rejection_reason = :rejectionReason, merged_into = :mergedInto, updated_at = now(),
				version = version + 1
				where id = :id and version = :version
				""").params(columns).update();
		if (updated == 0) {
			if (findById(need.id()).isPresent()) {
				throw new StateConflictException("Need " + need.reference() + " was changed by someone else");
			}
			this.jdbc.sql("""
					insert into needs (id, reference, organisation_id, submitted_by, submitted_at, title,
					description, care_setting, affected_population, affected_count, current_practice,
					current_burden, expected_benefit, urgency, confidential_fields, status, decided_by,
					rejection_reason, merged_into)
					values (:id, :reference, :organisationId, :submittedBy, :submittedAt, :title, :description,
					:careSetting, :population, :count, :practice, :burden, :benefit, :urgency, :confidential,
					:status, :decidedBy, :rejectionReason, :mergedInto)
					""").params(columns).update();
		}
		this.jdbc.sql("delete from need_clarifications where need_id = :id").param("id", need.id()).update();
		for (Clarification c : need.clarifications()) {
			this.jdbc.sql("""
					insert into need_clarifications (need_id, round, question, asked_by, asked_at, answer,
					answered_by, answered_at)
					values (:id, :round, :question, :askedBy, :askedAt, :answer, :answeredBy, :answeredAt)
					""")
				.param("id", need.id())
				.param("round", c.round())
				.param("question", c.question())
				.param("askedBy", c.askedBy())
				.param("askedAt", timestamp(c.askedAt()))
				.param("answer", c.answer())
				.param("answeredBy", c.answeredBy())
				.param("answeredAt", timestamp(c.answeredAt()))
				.update();
		}
	}

	@Override
	public void addAttachment(UUID needId, String fileName, byte[] content, String uploadedBy) {
		this.jdbc.sql("""
				insert into need_attachments (id, need_id, file_name, size, sha256, content, uploaded_by)
				values (:id, :needId, :fileName, :size, :sha256, :content, :uploadedBy)
				""")
			.param("id", UUID.randomUUID())
			.param("needId", needId)
			.param("fileName", fileName)
			.param("size", content.length)
			.param("sha256", Sha256.hex(content))
			.param("content", content)
			.param("uploadedBy", uploadedBy)
			.update();
	}

	@Override
	public List<AttachmentInfo> attachments(UUID needId) {
		return this.jdbc
			.sql("select id, file_name, size, sha256 from need_attachments where need_id = :id order by uploaded_at")
			.param("id", needId)
			.query(AttachmentInfo.class)
			.list();
	}

	@Override
	public Optional<byte[]> attachmentContent(UUID needId, UUID attachmentId) {
		return this.jdbc.sql("select content from need_attachments where need_id = :needId and id = :id")
			.param("needId", needId)
			.param("id", attachmentId)
			.query(byte[].class)
			.optional();
	}

	@Override
	public void saveChallenge(Challenge challenge) {
		this.jdbc.sql("""
				insert into challenges (id, programme_code, title, description, created_by, call_reference)
				values (:id, :programme, :title, :description, :createdBy, :callReference)
				on conflict (id) do update set title = excluded.title, description = excluded.description,
				call_reference = excluded.call_reference
				""")
			.param("id", challenge.id())
			.param("programme", challenge.programmeCode())
			.param("title", challenge.title())
			.param("description", challenge.description())
			.param("createdBy", challenge.createdBy())
			.param("callReference", challenge.callReference())
			.update();
		this.jdbc.sql("delete from challenge_needs where challenge_id = :id").param("id", challenge.id()).update();
		List<String> needs = challenge.needReferences();
		for (int i = 0; i < needs.size(); i++) {
			this.jdbc.sql("insert into challenge_needs (challenge_id, position, need_reference) values (:id, :p, :n)")
				.param("id", challenge.id())
				.param("p", i)
				.param("n", needs.get(i))
				.update();
		}
	}

	@Override
	public Optional<Challenge> findChallenge(UUID id) {
		return challenges("select * from challenges where id = :id", Map.of("id", id)).stream().findFirst();
	}

	@Override
	public List<Challenge> findChallenges(List<String> programmeCodes) {
		if (programmeCodes.isEmpty()) {
			return List.of();
		}
		return challenges("select * from challenges where programme_code in (:codes) order by created_at desc",
				Map.of("codes", programmeCodes));
	}

	@Override
	public List<Challenge> findChallengesWithNeed(String needReference) {
		return challenges("""
				select c.* from challenges c where exists (select 1 from challenge_needs n
				where n.challenge_id = c.id and n.need_reference = :reference) order by c.created_at
				""", Map.of("reference", needReference));
	}

	private List<Challenge> challenges(String sql, Map<String, ?> params) {
		List<Challenge> rows = this.jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new Challenge((UUID) rs.getObject("id"), rs.getString("programme_code"),
					rs.getString("title"), rs.getString("description"), List.of(), rs.getString("created_by"),
					rs.getString("call_reference")))
			.list();
		if (rows.isEmpty()) {
			return rows;
		}
		Map<UUID, List<String>> needs = this.jdbc.sql(
				"select challenge_id, need_reference from challenge_needs where challenge_id in (:ids) order by position")
			.param("ids", rows.stream().map(Challenge::id).toList())
			.query((rs, n) -> Map.entry((UUID) rs.getObject("challenge_id"), rs.getString("need_reference")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return rows.stream()
			.map((row) -> new Challenge(row.id(), row.programmeCode(), row.title(), row.description(),
					needs.getOrDefault(row.id(), List.of()), row.createdBy(), row.callReference()))
			.toList();
	}

	private List<Need> many(String sql, Map<String, ?> params) {
		List<Need> rows = this.jdbc.sql(sql).params(params).query(this::row).list();
		if (rows.isEmpty()) {
			return rows;
		}
		Map<UUID, List<Clarification>> clarifications = this.jdbc
			.sql("select * from need_clarifications where need_id in (:ids) order by round")
			.param("ids", rows.stream().map(Need::id).toList())
			.query((rs, n) -> Map.entry((UUID) rs.getObject("need_id"),
					new Clarification(rs.getInt("round"), rs.getString("question"), rs.getString("asked_by"),
							instant(rs.getTimestamp("asked_at")), rs.getString("answer"), rs.getString("answered_by"),
							instant(rs.getTimestamp("answered_at")))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return rows.stream()
			.map((need) -> new Need(need.id(), need.reference(), need.organisationId(), need.submittedBy(),
					need.submittedAt(), need.details(), need.status(),
					clarifications.getOrDefault(need.id(), List.of()), need.decidedBy(), need.rejectionReason(),
					need.mergedInto(), need.version()))
			.toList();
	}

	private Need row(ResultSet rs, int rowNumber) throws SQLException {
		Set<ConfidentialField> confidential = EnumSet.noneOf(ConfidentialField.class);
		for (String field : (String[]) rs.getArray("confidential_fields").getArray()) {
			confidential.add(ConfidentialField.valueOf(field));
		}
		NeedDetails details = new NeedDetails(rs.getString("title"), rs.getString("description"),
				CareSetting.valueOf(rs.getString("care_setting")), rs.getString("affected_population"),
				rs.getInt("affected_count"), rs.getString("current_practice"), rs.getString("current_burden"),
				rs.getString("expected_benefit"), Urgency.valueOf(rs.getString("urgency")), confidential);
		return new Need((UUID) rs.getObject("id"), rs.getString("reference"), (UUID) rs.getObject("organisation_id"),
				rs.getString("submitted_by"), instant(rs.getTimestamp("submitted_at")), details,
				NeedStatus.valueOf(rs.getString("status")), List.of(), rs.getString("decided_by"),
				rs.getString("rejection_reason"), rs.getString("merged_into"), rs.getInt("version"));
	}

	private static Map<String, Object> columns(Need need) {
		NeedDetails d = need.details();
		Map<String, Object> columns = new HashMap<>();
		columns.put("id", need.id());
		columns.put("reference", need.reference());
		columns.put("organisationId", need.organisationId());
		columns.put("submittedBy", need.submittedBy());
		columns.put("submittedAt", timestamp(need.submittedAt()));
		columns.put("title", d.title());
		columns.put("description", d.description());
		columns.put("careSetting", d.careSetting().name());
		columns.put("population", d.affectedPopulation());
		columns.put("count", d.affectedCount());
		columns.put("practice", d.currentPractice());
		columns.put("burden", d.currentBurden());
		columns.put("benefit", d.expectedBenefit());
		columns.put("urgency", d.urgency().name());
		columns.put("confidential", d.confidentialFields().stream().map(Enum::name).sorted().toArray(String[]::new));
		columns.put("status", need.status().name());
		columns.put("decidedBy", need.decidedBy());
		columns.put("rejectionReason", need.rejectionReason());
		columns.put("mergedInto", need.mergedInto());
		columns.put("version", need.version());
		return columns;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
