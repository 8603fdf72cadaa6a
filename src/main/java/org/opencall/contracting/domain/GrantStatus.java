package org.opencall.contracting.domain;

/** Where a grant stands, from its preparation to the company's answer. */
public enum GrantStatus {

	/** A project officer drafts the agreement. */
	PREPARING("Agreement in preparation"),
	/** Prepared; a second officer approves it or sends it back. */
	AWAITING_APPROVAL("Agreement awaiting approval"),
	/** Offered to the company, which accepts or declines it before the deadline. */
	OFFERED("Offered to the company"),
	/** Accepted by the company: the grant is signed. */
	SIGNED("Signed"),
	/** Declined by the company. */
	DECLINED("Declined by the company"),
	/** Not answered before the acceptance deadline. */
	LAPSED("Lapsed: not answered in time");

	private final String label;

	GrantStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether the grant holds (or may still hold) a share of the call's budget. */
	public boolean commitsBudget() {
		return this != DECLINED && this != LAPSED;
	}

}
