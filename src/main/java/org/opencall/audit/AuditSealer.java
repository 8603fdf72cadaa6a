package org.opencall.audit;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends the records not yet sealed to the audit chain, in the order of their ids, one
 * node at a time ({@code pg_try_advisory_xact_lock}: a node that finds the lock taken
 * leaves the work to the one holding it). Scheduled every
 * {@code opencall.audit.seal-interval}, and run before each verification. A scheduled run
 * looks among the records stored in the last hour, so that it never reads the whole
 * table; the first run of a node and each verification look among all records, so that a
 * record whose transaction stayed open longer is sealed too.
 */
@Component
class AuditSealer {

	private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

	/** The advisory lock of the chain's tail ("opencall" in ASCII). */
	static final long CHAIN_LOCK = 0x6f70656e63616c6cL;

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final TransactionTemplate transactions;

	private volatile boolean sealedAllOnce;

	AuditSealer(JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${opencall.audit.seal-interval:PT5S}",
			initialDelayString = "${opencall.audit.seal-interval:PT5S}")
	void sealRecent() {
		try {
			if (this.sealedAllOnce) {
				seal(false);
			}
			else {
				seal(true);
				this.sealedAllOnce = true;
			}
		}
		catch (RuntimeException ex) {
			log.warn("Sealing audit records interrupted; it resumes at the next run", ex);
		}
	}

	/**
	 * Seals every unsealed record, unless another node holds the chain.
	 * @return how many records were sealed
	 */
	int sealAll() {
		return seal(true);
	}

	private int seal(boolean everything) {
		Integer sealed = this.transactions.execute((status) -> {
			boolean locked = this.jdbc.sql("select pg_try_advisory_xact_lock(:lock)")
				.param("lock", CHAIN_LOCK)
				.query(Boolean.class)
				.single();
			if (!locked) {
				return 0;
			}
			Link tail = this.jdbc.sql("select position, link_hash from audit_chain order by position desc limit 1")
				.query(Link.class)
				.optional()
				.orElse(new Link(0, ChainHashes.GENESIS));
			int count = 0;
			List<Unsealed> batch;
			do {
				batch = this.jdbc.sql("select r.id, r.content_hash from audit_records r where "
						+ (everything ? "" : "r.stored_at > now() - interval '1 hour' and ")
						+ "not exists (select 1 from audit_chain c where c.record_id = r.id) order by r.id limit :batch")
					.param("batch", BATCH)
					.query(Unsealed.class)
					.list();
				tail = append(tail, batch);
				count += batch.size();
			}
			while (batch.size() == BATCH);
			return count;
		});
		return (sealed != null) ? sealed : 0;
	}

	private Link append(Link tail, List<Unsealed> records) {
		List<Object[]> rows = new ArrayList<>();
		Link last = tail;
		for (Unsealed record : records) {
			String link = ChainHashes.link(last.linkHash(), record.contentHash());
			rows.add(new Object[] { last.position() + 1, record.id(), last.linkHash(), link });
			last = new Link(last.position() + 1, link);
		}
		if (!rows.isEmpty()) {
			this.batches.batchUpdate(
					"insert into audit_chain (position, record_id, previous_hash, link_hash) values (?, ?, ?, ?)",
					rows);
		}
		return last;
	}

	record Link(long position, String linkHash) {
	}

	record Unsealed(long id, String contentHash) {
	}

}
