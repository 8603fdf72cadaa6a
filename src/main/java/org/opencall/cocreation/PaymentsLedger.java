package org.opencall.cocreation;

import java.math.BigDecimal;

import org.opencall.cocreation.domain.Ledger;

/**
 * What a grant (or a call) pays: still planned, due and waiting for release, released,
 * and what remains of the granted amount after the releases.
 */
public record PaymentsLedger(BigDecimal amount, BigDecimal planned, BigDecimal due, BigDecimal released,
		BigDecimal remaining) {

	static PaymentsLedger of(Ledger ledger) {
		return new PaymentsLedger(ledger.amount(), ledger.planned(), ledger.due(), ledger.released(),
				ledger.remaining());
	}

}
