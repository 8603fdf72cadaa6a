package org.opencall.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.Problems;
import org.opencall.calls.CallView;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit chain on a real database: rows nobody may change, a verification that names a
 * record changed behind Opencall's back (as a table's owner could, by switching its
 * trigger off), and a signed head that tells a head of ours from a forged one.
 */
class AuditChainApiTest extends ApiTest {

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	DomainRecords records;

	@Autowired
	ChainHead head;

	@Autowired
	AuditSealer sealer;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aRecordChangedInTheDatabaseIsNamedByTheVerificationInTheApiAndOnThePage() {
		CallView call = this.fixtures.openCall();
		DomainRecord approval = this.records.about(call.reference())
			.stream()
			.filter((record) -> record.kind().equals("CallApproved"))
			.findFirst()
			.orElseThrow();
		assertThat(verification().get("verified")).isEqualTo(true);

		asOwner("update audit_records set content = replace(content, 'oscar', 'olivia') where id = ?", approval.id());
		try {
			Map<String, Object> broken = verification();
			assertThat(broken.get("verified")).isEqualTo(false);
			@SuppressWarnings("unchecked")
			Map<String, Object> link = (Map<String, Object>) broken.get("firstBrokenLink");
			assertThat(((Number) link.get("recordId")).longValue()).isEqualTo(approval.id());
			assertThat(link.get("kind")).isEqualTo("CallApproved");
			assertThat(link.get("subjects")).isEqualTo(List.of(call.reference()));
			assertThat(String.valueOf(link.get("reason"))).contains("record was changed");
			assertThat(((Number) broken.get("sealedUpTo")).longValue())
				.isEqualTo(((Number) link.get("position")).longValue() - 1);

			String page = session("aude").get("/audit/verification").getBody();
			assertThat(page)
				.contains("The chain is broken at position " + link.get("position"),
						"Record " + approval.id() + ": CallApproved about " + call.reference(), "record was changed")
				.doesNotContain("The chain holds");
		}
		finally {
			asOwner("update audit_records set content = ? where id = ?", approval.content(), approval.id());
		}
		assertThat(verification().get("verified")).isEqualTo(true);
		assertThat(session("oscar").get("/audit/verification").getBody()).contains("The chain holds");
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAuditRecordsAndTheirChain() {
		this.fixtures.openCall();
		verification();
		long id = this.jdbc.queryForObject("select max(record_id) from audit_chain", Long.class);

		for (String change : List.of("update audit_records set kind = 'Forged' where id = " + id,
				"delete from audit_records where id = " + id, "truncate audit_records cascade",
				"update audit_chain set link_hash = repeat('0', 64) where record_id = " + id,
				"delete from audit_chain where record_id = " + id, "truncate audit_chain")) {
			assertThatThrownBy(() -> this.jdbc.execute(change)).as(change)
				.rootCause()
				.hasMessageContaining("append-only");
		}
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.jdbc.execute("set local session_replication_role = replica");
			this.jdbc.update("delete from audit_records where id = ?", id);
		})).as("a replica session fires the trigger too").rootCause().hasMessageContaining("append-only");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_records where id = ?", Long.class, id))
			.isEqualTo(1);
	}

	@Test
	void oneNodeAtATimeSealsAndRecordsWaitWhileAnotherHoldsTheChain() throws SQLException {
		try (Connection otherNode = this.dataSource.getConnection()) {
			otherNode.setAutoCommit(false);
			try (Statement lock = otherNode.createStatement()) {
				lock.execute("select pg_advisory_xact_lock(" + AuditSealer.CHAIN_LOCK + ")");
			}
			this.fixtures.openCall();

			assertThat(this.sealer.sealAll()).isZero();
			assertThat(unsealed()).isPositive();
			otherNode.rollback();
		}
		assertThat(this.sealer.sealAll()).isNotNegative();
		assertThat(unsealed()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) = max(position) from audit_chain", Boolean.class))
			.as("positions without a gap")
			.isTrue();
	}

	private long unsealed() {
		return this.jdbc.queryForObject("select count(*) from audit_records r"
				+ " where not exists (select 1 from audit_chain c where c.record_id = r.id)", Long.class);
	}

	@Test
	void anExportedHeadIsOursAndHeldWhileTheChainOnlyGrows() {
		this.fixtures.openCall();
		Map<String, Object> exported = this.api.get("aude", "/api/audit/head").getBody();
		long position = ((Number) exported.get("position")).longValue();
		String linkHash = (String) exported.get("linkHash");
		String signature = (String) exported.get("signature");
		assertThat(position).isPositive();
		assertThat(linkHash).matches("[0-9a-f]{64}");
		assertThat(signature).matches("[0-9a-f]{64}");
		assertThat(exported.get("at")).isNotNull();

		this.fixtures.openCall();
		Map<String, Object> checked = check(position, linkHash, signature).getBody();
		assertThat(checked).containsEntry("signatureValid", true)
			.containsEntry("chainHolds", true)
			.containsEntry("currentLinkHash", linkHash)
			.containsEntry("differences", List.of());
		assertThat(((Number) this.api.get("aude", "/api/audit/head").getBody().get("position")).longValue())
			.isGreaterThan(position);

		String forged = signature.substring(0, 63) + (signature.endsWith("0") ? "1" : "0");
		assertThat(check(position, linkHash, forged).getBody()).containsEntry("signatureValid", false)
			.containsEntry("chainHolds", true);

		String otherLink = "f".repeat(64);
		Map<String, Object> rewritten = check(position, otherLink, this.head.sign(position, otherLink)).getBody();
		assertThat(rewritten).containsEntry("signatureValid", true)
			.containsEntry("chainHolds", false)
			.containsEntry("currentLinkHash", linkHash);
		assertThat(String.valueOf(rewritten.get("differences"))).contains("another link at position " + position);

		long beyond = position + 1_000_000;
		Map<String, Object> cut = check(beyond, linkHash, this.head.sign(beyond, linkHash)).getBody();
		assertThat(cut).containsEntry("signatureValid", true).containsEntry("chainHolds", false);
		assertThat(String.valueOf(cut.get("differences"))).contains("no position " + beyond, "cut short");

		assertThat(check(position, otherLink, signature).getBody()).containsEntry("signatureValid", false)
			.containsEntry("chainHolds", false);
	}

	@Test
	void thePageComparesAnExportedHeadAndShowsBadFieldsBesideThem() {
		this.fixtures.openCall();
		Map<String, Object> exported = this.api.get("aude", "/api/audit/head").getBody();
		String query = "?position=" + exported.get("position") + "&linkHash=" + exported.get("linkHash")
				+ "&signature=";

		ResponseEntity<String> held = session("aude").get("/audit/verification" + query + exported.get("signature"));
		assertThat(held.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(held.getBody()).contains("Opencall signed this head, and the chain still holds its link at position "
				+ exported.get("position"));

		String forged = session("aude").get("/audit/verification" + query + "0".repeat(64)).getBody();
		assertThat(forged).contains("The signature is not Opencall&#39;s").doesNotContain("Opencall signed this head");

		ResponseEntity<String> refused = session("aude")
			.get("/audit/verification?position=minus&linkHash=abc&signature=");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody()).contains("error-summary", "must be a whole number", "64 hexadecimal digits",
				"is required: the signature");
	}

	@Test
	void aHeadToCheckIsRefusedFieldByField() {
		ResponseEntity<Map<String, Object>> blank = this.api.get("aude", "/api/audit/head/check");
		assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Problems.fields(blank)).containsExactlyInAnyOrder("position", "linkHash", "signature");

		ResponseEntity<Map<String, Object>> bad = this.api.get("aude",
				"/api/audit/head/check?position=-3&linkHash=abc&signature=" + "a".repeat(64));
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Problems.fields(bad)).containsExactlyInAnyOrder("position", "linkHash");
		assertThat(String.valueOf(bad.getBody())).contains("64 hexadecimal digits", "0 or more")
			.doesNotContain("Exception");

		ResponseEntity<Map<String, Object>> words = this.api.get("oscar", "/api/audit/head/check?position=twelve"
				+ "&linkHash=" + "a".repeat(64) + "&signature=" + "b".repeat(64));
		assertThat(Problems.fields(words)).containsExactly("position");
	}

	@Test
	void auditorsVerifyAndCompareButSendNothingAndOthersAreKeptOut() {
		assertThat(this.api.exchange("aude", HttpMethod.POST, "/api/audit/verification", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.get("alice", "/api/audit/verification").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.get("peter", "/api/audit/head").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.api.get(null, "/api/audit/verification").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	private Map<String, Object> verification() {
		ResponseEntity<Map<String, Object>> answer = this.api.get("aude", "/api/audit/verification");
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		return answer.getBody();
	}

	private ResponseEntity<Map<String, Object>> check(long position, String linkHash, String signature) {
		ResponseEntity<Map<String, Object>> answer = this.api.get("aude",
				"/api/audit/head/check?position=" + position + "&linkHash=" + linkHash + "&signature=" + signature);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		return answer;
	}

	/**
	 * Changes the table as its owner could: with its append-only trigger switched off for
	 * the one statement, in one transaction.
	 */
	private void asOwner(String update, Object... arguments) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.execute("alter table audit_records disable trigger audit_records_append_only");
			this.jdbc.update(update, arguments);
			this.jdbc.execute("alter table audit_records enable always trigger audit_records_append_only");
		});
	}

}
