package org.opencall.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.calls.CallFixtures;
import org.opencall.calls.CallView;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The README's backup and restore, done on the suite's own PostgreSQL while the
 * application runs: {@code pg_dump} in its custom format, then {@code pg_restore} into an
 * empty database of the same server. Every table of the schema comes back with the same
 * rows — the calls, proposals and their documents, the engine's tasks and history, the
 * audit records and their chain — and the restored chain verifies by the audit module's
 * own verification, its tables still append-only. The figures of the original are read in
 * the very snapshot the dump was taken in, so that the application's work meanwhile (mail
 * sent, records sealed) cannot blur the comparison.
 */
@OpencallTest
class BackupAndRestoreTest {

	/** Where PostgreSQL's client programs are; by default found on the PATH. */
	private static final String CLIENTS = System.getProperty("opencall.test.pg-bin", "");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SubmissionFixtures submissions;

	@Autowired
	TestRestTemplate http;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aCustomFormatDumpRestoredIntoAnEmptyDatabaseBringsBackEveryRowAndAVerifiedAuditChain() throws Exception {
		// a call with proposals and their documents, a call waiting for its review task,
		// and the audit records of all that, sealed
		CallView call = this.submissions.openCall();
		String alices = this.submissions.submitted("alice", call);
		String bobs = this.submissions.submitted("bob", call);
		String awaiting = CallFixtures.newReference();
		this.http.withBasicAuth("olivia", "demo")
			.postForEntity("/api/calls", CallFixtures.remoteMonitoringJson(CallFixtures.FOUNDING, awaiting), Map.class);
		this.http.withBasicAuth("olivia", "demo")
			.postForEntity("/api/calls/" + awaiting + "/submission", null, Map.class);
		assertThat(this.http.withBasicAuth("aude", "demo").getForObject("/api/audit/verification", Map.class))
			.containsEntry("verified", true);

		HikariDataSource hikari = (HikariDataSource) this.dataSource;
		String url = hikari.getJdbcUrl();
		Server server = Server.of(url, hikari.getUsername());
		int serverMajor = this.jdbc.sql("select current_setting('server_version_num')::int / 10000")
			.query(Integer.class)
			.single();
		assertThat(clientMajor("pg_dump")).as("pg_dump is at least the server's version")
			.isGreaterThanOrEqualTo(serverMajor);

		Path dump = Files.createDirectories(Path.of("target", "backup")).resolve("opencall.dump");
		Files.deleteIfExists(dump);
		Map<String, Object> original;
		try (Connection snapshot = this.dataSource.getConnection()) {
			snapshot.setAutoCommit(false);
			snapshot.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			JdbcTemplate inSnapshot = new JdbcTemplate(new SingleConnectionDataSource(snapshot, true));
			String id = inSnapshot.queryForObject("select pg_export_snapshot()", String.class);
			run(client("pg_dump"), "--format=custom", "--snapshot=" + id, "--file=" + dump, "--host=" + server.host(),
					"--port=" + server.port(), "--username=" + server.user(), "--dbname=" + server.database());
			original = facts(inSnapshot);
			snapshot.rollback();
		}

		String restoredName = "restored_" + System.nanoTime() % 1_000_000_000;
		this.jdbc.sql("create database " + restoredName + " template template0").update();
		try {
			run(client("pg_restore"), "--exit-on-error", "--single-transaction", "--host=" + server.host(),
					"--port=" + server.port(), "--username=" + server.user(), "--dbname=" + restoredName,
					dump.toString());
			DriverManagerDataSource restored = new DriverManagerDataSource(
					url.replaceFirst("/" + server.database() + "(\\?|$)", "/" + restoredName + "$1"), server.user(),
					hikari.getPassword());
			JdbcTemplate restoredSql = new JdbcTemplate(restored);

			// every table, row for row
			assertThat(facts(restoredSql)).isEqualTo(original);
			assertThat(original).containsKeys("rows of submission_documents", "rows of act_ru_task",
					"rows of audit_records", "rows of audit_chain", "rows of calls");

			// spot checks in the product's terms
			assertThat(restoredSql.queryForObject("select count(*) from calls where reference in (?, ?)", Integer.class,
					call.reference(), awaiting))
				.isEqualTo(2);
			assertThat(restoredSql.queryForList("""
					select d.sha256 = encode(sha256(d.content), 'hex') as intact from submission_documents d
					join submissions s on s.id = d.submission_id where s.reference in (?, ?)
					""", Boolean.class, alices, bobs)).hasSize(4).containsOnly(true);
			assertThat(restoredSql
				.queryForObject("select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
						+ " where e.business_key_ = ?", Integer.class, awaiting))
				.isEqualTo(1);
			assertThat(restoredSql.queryForObject(
					"select count(*) from audit_records where ? = any(subjects) or ? = any(subjects)", Integer.class,
					alices, awaiting))
				.isGreaterThanOrEqualTo(2);

			// the restored chain verifies, and stays append-only
			TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(restored));
			JdbcClient restoredClient = JdbcClient.create(restored);
			ChainVerification.ChainVerified verified = new ChainVerification(restoredClient,
					new AuditSealer(restoredClient, restoredSql, transactions), transactions)
				.verify();
			assertThat(verified.verified()).isTrue();
			assertThat(verified.records()).isEqualTo(original.get("rows of audit_records"));
			assertThatThrownBy(() -> restoredSql.update("update audit_records set actor = 'mallory'")).rootCause()
				.hasMessageContaining("audit records are append-only");
			assertThatThrownBy(() -> restoredSql.update("truncate audit_chain")).rootCause()
				.hasMessageContaining("audit records are append-only");
			assertThat(
					restoredSql.queryForObject(
							"select count(*) from pg_trigger where tgrelid in ('audit_records'::regclass,"
									+ " 'audit_chain'::regclass) and not tgisinternal and tgenabled = 'A'",
							Integer.class))
				.isEqualTo(4);
			assertThat(restoredSql.queryForObject("select has_table_privilege('public', 'audit_records', 'UPDATE')"
					+ " or has_table_privilege('public', 'audit_chain', 'DELETE')", Boolean.class))
				.isFalse();
		}
		finally {
			this.jdbc.sql("drop database if exists " + restoredName + " with (force)").update();
		}
	}

	/**
	 * Every table of the public schema: its row count and a fingerprint of all its rows
	 * (the MD5 of its rows' MD5s in order); and where each sequence stands, so that new
	 * rows get new ids.
	 */
	private static Map<String, Object> facts(JdbcTemplate sql) {
		Map<String, Object> facts = new LinkedHashMap<>();
		for (String table : sql.queryForList(
				"select tablename from pg_tables where schemaname = 'public' order by tablename", String.class)) {
			facts.put("rows of " + table, sql.queryForObject("select count(*) from public." + table, Long.class));
			facts.put("content of " + table, sql.queryForObject(
					"select md5(coalesce(string_agg(r, '' order by r), '')) from (select md5(t::text) as r from public."
							+ table + " t) fingerprints",
					String.class));
		}
		sql.queryForList("select sequencename, last_value from pg_sequences where schemaname = 'public'")
			.forEach((row) -> facts.put("sequence " + row.get("sequencename"), row.get("last_value")));
		return facts;
	}

	private static String client(String name) {
		return CLIENTS.isEmpty() ? name : Path.of(CLIENTS, name).toString();
	}

	private static int clientMajor(String name) throws Exception {
		String version;
		try {
			version = run(client(name), "--version");
		}
		catch (IOException ex) {
			throw new AssertionError(name + " cannot be run: install PostgreSQL's client programs"
					+ " (Debian: postgresql-client) or name their directory with -Dopencall.test.pg-bin", ex);
		}
		// "pg_dump (PostgreSQL) 15.20 (Debian ...)"
		return Integer.parseInt(version.replaceAll("(?s)^\\D*(\\d+).*$", "$1"));
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command) + " ends").isTrue();
		String said = new String(output, StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(command[0] + " says: " + said).isZero();
		return said;
	}

	/**
	 * The server and database of a JDBC URL such as
	 * jdbc:postgresql://localhost:5432/postgres.
	 */
	record Server(String host, int port, String database, String user) {

		static Server of(String url, String user) {
			java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
			List<String> path = new ArrayList<>(List.of(uri.getPath().split("/")));
			return new Server(uri.getHost(), (uri.getPort() > 0) ? uri.getPort() : 5432, path.get(path.size() - 1),
					user);
		}

	}

}
