package org.opencall.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the audit chain from its first position: recomputes each record's content hash
 * from its stored columns and each link from the one before it, and names the first link
 * that no longer holds. The unsealed records are sealed first, so that the walk covers
 * every record kept so far; it reads the chain in one snapshot, a page of links at a
 * time.
 */
@Component
class ChainVerification {

	private static final int PAGE = 1000;

	private final JdbcClient jdbc;

	private final AuditSealer sealer;

	private final TransactionTemplate snapshot;

	ChainVerification(JdbcClient jdbc, AuditSealer sealer, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.sealer = sealer;
		this.snapshot = new TransactionTemplate(transactions.getTransactionManager());
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(Isolation.REPEATABLE_READ.value());
	}

	ChainVerified verify() {
		this.sealer.sealAll();
		return this.snapshot.execute((status) -> walk());
	}

	private ChainVerified walk() {
		long records = this.jdbc.sql("select count(*) from audit_records").query(Long.class).single();
		long unsealed = this.jdbc
			.sql("select count(*) from audit_records r where not exists"
					+ " (select 1 from audit_chain c where c.record_id = r.id)")
			.query(Long.class)
			.single();
		long position = 0;
		String previous = ChainHashes.GENESIS;
		List<SealedRecord> page;
		do {
			page = this.jdbc
				.sql("select c.position, c.record_id, c.previous_hash, c.link_hash, " + DomainRecords.COLUMNS
						+ " from audit_chain c left join audit_records r on r.id = c.record_id"
						+ " where c.position > :after order by c.position limit :page")
				.param("after", position)
				.param("page", PAGE)
				.query(ChainVerification::sealed)
				.list();
			for (SealedRecord link : page) {
				BrokenLink broken = check(link, position, previous);
				if (broken != null) {
					return new ChainVerified(false, records, position, unsealed, broken);
				}
				position = link.position();
				previous = link.linkHash();
			}
		}
		while (page.size() == PAGE);
		return new ChainVerified(true, records, position, unsealed, null);
	}

	/**
	 * Why this link breaks the chain after the one at {@code before}; null if it holds.
	 */
	static BrokenLink check(SealedRecord link, long before, String previous) {
		if (link.position() != before + 1) {
			return BrokenLink.missing(before + 1, "Position " + (before + 1) + " of the chain is missing");
		}
		DomainRecord record = link.record();
		if (record == null) {
			return new BrokenLink(link.position(), link.recordId(), null, List.of(),
					"The record sealed here is missing");
		}
		if (!link.previousHash().equals(previous)) {
			return BrokenLink.of(link, "The link was changed: it does not follow the link before it");
		}
		String computed = record.computedHash();
		if (!computed.equals(record.contentHash())) {
			return BrokenLink.of(link,
					"The record was changed after it was kept: what it says no longer matches its hash");
		}
		if (!ChainHashes.link(previous, computed).equals(link.linkHash())) {
			return BrokenLink.of(link, "The record or its hash was changed after it was sealed:"
					+ " its link no longer matches what it says");
		}
		return null;
	}

	private static SealedRecord sealed(ResultSet row, int number) throws SQLException {
		DomainRecord record = (row.getObject("id") != null) ? DomainRecords.row(row, number) : null;
		return new SealedRecord(row.getLong("position"), row.getLong("record_id"), row.getString("previous_hash"),
				row.getString("link_hash"), record);
	}

	/** One link of the chain with the record it seals (null when that is gone). */
	record SealedRecord(long position, long recordId, String previousHash, String linkHash, DomainRecord record) {
	}

	/** The first link that no longer holds, with the record it seals. */
	record BrokenLink(long position, Long recordId, String kind, List<String> subjects, String reason) {

		static BrokenLink of(SealedRecord link, String reason) {
			return new BrokenLink(link.position(), link.recordId(), link.record().kind(), link.record().subjects(),
					reason);
		}

		static BrokenLink missing(long position, String reason) {
			return new BrokenLink(position, null, null, List.of(), reason);
		}

	}

	/**
	 * What a verification found: whether every link holds, how many records are kept, the
	 * last position checked, how many records wait to be sealed (another node seals
	 * them), and the first broken link if any.
	 */
	record ChainVerified(boolean verified, long records, long sealedUpTo, long unsealed, BrokenLink firstBrokenLink) {
	}

}
