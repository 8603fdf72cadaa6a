package org.opencall.cocreation;

import java.util.List;

import org.opencall.cocreation.domain.Ledger;

/** A call's payments ledger: each signed grant's, and their total. */
public record CallLedger(String callReference, List<Grant> grants, Ledger total) {

	public CallLedger {
		grants = List.copyOf(grants);
	}

	public record Grant(String grantReference, String title, String company, String currency, Ledger ledger) {
	}

}
