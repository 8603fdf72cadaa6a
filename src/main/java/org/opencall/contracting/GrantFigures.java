package org.opencall.contracting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's grants for the reports to a funder: each signed grant with the amount its
 * agreement in force commits and the moment it was signed, and whether any grant of the
 * call is still being contracted (drafted, awaiting approval or offered).
 */
@Component
@Transactional(readOnly = true)
public class GrantFigures {

	private final JdbcClient jdbc;

	private final SignedGrants signed;

	GrantFigures(JdbcClient jdbc, SignedGrants signed) {
		this.jdbc = jdbc;
		this.signed = signed;
	}

	/** The call's signed grants, by reference. */
	public List<Signed> signedOf(String callReference) {
		return this.signed.ofCall(callReference)
			.stream()
			.map((terms) -> new Signed(terms.grantReference(), terms.submissionReference(), terms.company(),
					terms.amount(), terms.currency(), signedAt(terms.grantReference())))
			.toList();
	}

	/** Whether a grant of the call is still drafted, awaiting approval or offered. */
	public boolean anyInContracting(String callReference) {
		return this.jdbc.sql("""
				select count(*) from grants where call_reference = :call
				and status in ('PREPARING', 'AWAITING_APPROVAL', 'OFFERED')""")
			.param("call", callReference)
			.query(Long.class)
			.single() > 0;
	}

	private Instant signedAt(String grantReference) {
		return this.jdbc.sql("select answered_at from grants where reference = :reference")
			.param("reference", grantReference)
			.query((rs, row) -> rs.getTimestamp("answered_at").toInstant())
			.single();
	}

	/** A signed grant: what it commits, and when the company accepted it. */
	public record Signed(String grantReference, String submissionReference, String company, BigDecimal amount,
			String currency, Instant signedAt) {
	}

}
