package org.opencall.cocreation;

import java.util.List;

/** A call's payments ledger: each signed grant's, and their total. */
public record CallLedger(String callReference, List<Grant> grants, PaymentsLedger total) {

	public CallLedger {
		grants = List.copyOf(grants);
	}

	public record Grant(String grantReference, String title, String company, String currency, PaymentsLedger ledger) {
	}

}
