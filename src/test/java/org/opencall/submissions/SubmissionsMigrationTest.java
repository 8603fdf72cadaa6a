package org.opencall.submissions;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.opencall.RepositoryTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code V12__submissions_spring_data.sql} on proposals stored before it: each proposal
 * keeps, in its row, the documents that were flagged current, and every upload stays. The
 * migration runs in a schema of its own, outside the test's transaction (it alters the
 * tables it fills).
 */
@RepositoryTest
class SubmissionsMigrationTest {

	private static final String SCHEMA = "migration_v12";

	@Autowired
	DataSource dataSource;

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void theDocumentsFlaggedCurrentBecomeTheProposalsDocumentsAndEveryUploadStays() {
		Flyway flyway = Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(SCHEMA)
			.locations("classpath:db/migration")
			.cleanDisabled(false)
			.load();
		flyway.clean();
		Flyway.configure().configuration(flyway.getConfiguration()).target("9").load().migrate();
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		UUID proposal = UUID.randomUUID();
		UUID draft = UUID.randomUUID();
		UUID oldBudget = UUID.randomUUID();
		UUID budget = UUID.randomUUID();
		UUID technical = UUID.randomUUID();
		jdbc.sql("""
				insert into %1$s.programmes (code, name) values ('mig', 'Migration');
				insert into %1$s.calls (id, reference, programme_code, title, description, total_budget, max_grant,
				currency, opens_at, deadline, time_zone, evaluators_per_submission, overall_threshold, status,
				drafted_by, prepared_by) values ('%2$s', 'MIG-01', 'mig', 'T', 'D', 100000, 50000, 'EUR',
				'2027-02-01T09:00Z', '2027-03-01T17:00Z', 'Europe/Lisbon', 3, 10, 'OPEN', 'olivia', '{olivia}');
				insert into %1$s.organisations (id, name, country, type) values ('%3$s', 'MedSense', 'PT', 'SME');
				insert into %1$s.submissions (id, reference, call_reference, organisation_id, applicant, status)
				values ('%4$s', 'S-900001', 'MIG-01', '%3$s', 'alice', 'SUBMITTED'),
				('%5$s', 'S-900002', 'MIG-01', '%3$s', 'alice', 'DRAFT');
				insert into %1$s.submission_documents (id, submission_id, type, file_name, size, sha256, content,
				current, uploaded_by, uploaded_at) values
				('%6$s', '%4$s', 'budget', 'budget-1.pdf', 3, repeat('1', 64), '\\x255044', false, 'alice',
				'2027-02-02T09:00Z'),
				('%7$s', '%4$s', 'budget', 'budget-2.pdf', 4, repeat('2', 64), '\\x25504446', true, 'alice',
				'2027-02-03T09:00Z'),
				('%8$s', '%4$s', 'technical-proposal', 'proposal.pdf', 3, repeat('3', 64), '\\x255044', true,
				'alice', '2027-02-02T09:00Z');
				""".formatted(SCHEMA, UUID.randomUUID(), UUID.randomUUID(), proposal, draft, oldBudget, budget,
				technical))
			.update();

		flyway.migrate();

		String documents = jdbc.sql("select documents::text from %s.submissions where id = :id".formatted(SCHEMA))
			.param("id", proposal)
			.query(String.class)
			.single();
		List<SubmissionDocumentJson> read = SubmissionDocumentJson.read(documents);
		assertThat(read).extracting(SubmissionDocumentJson::type).containsExactly("budget", "technical-proposal");
		assertThat(read.get(0))
			.isEqualTo(new SubmissionDocumentJson(budget.toString(), "budget", "budget-2.pdf", 4, "2".repeat(64)));
		assertThat(read.get(1).id()).isEqualTo(technical.toString());
		assertThat(jdbc.sql("select documents::text from %s.submissions where id = :id".formatted(SCHEMA))
			.param("id", draft)
			.query(String.class)
			.single()).isEqualTo("[]");
		assertThat(jdbc.sql("select count(*) from %s.submission_documents".formatted(SCHEMA))
			.query(Integer.class)
			.single()).isEqualTo(3);
		flyway.clean();
	}

	/** A document as the migration writes it, in the form the aggregate reads. */
	record SubmissionDocumentJson(String id, String type, String fileName, long size, String sha256) {

		static List<SubmissionDocumentJson> read(String json) {
			try {
				return List.of(new ObjectMapper().readValue(json, SubmissionDocumentJson[].class));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
