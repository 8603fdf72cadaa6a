package org.opencall.cocreation.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * What a grant (or a call, summing its grants) pays: still planned, due and waiting for
 * release, released, and what remains of the granted amount after the releases.
 */
public record Ledger(BigDecimal amount, BigDecimal planned, BigDecimal due, BigDecimal released, BigDecimal remaining) {

	public static final Ledger NONE = new Ledger(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
			BigDecimal.ZERO);

	static Ledger of(BigDecimal amount, List<Payment> payments) {
		BigDecimal planned = sum(payments, PaymentStatus.PLANNED);
		BigDecimal due = sum(payments, PaymentStatus.DUE);
		BigDecimal released = sum(payments, PaymentStatus.RELEASED);
		return new Ledger(amount, planned, due, released, amount.subtract(released));
	}

	/** The ledgers added up, e.g. a call's from its grants'. */
	public static Ledger total(Collection<Ledger> ledgers) {
		return ledgers.stream().reduce(NONE, Ledger::plus);
	}

	public Ledger plus(Ledger other) {
		return new Ledger(this.amount.add(other.amount), this.planned.add(other.planned), this.due.add(other.due),
				this.released.add(other.released), this.remaining.add(other.remaining));
	}

	private static BigDecimal sum(List<Payment> payments, PaymentStatus status) {
		return payments.stream()
			.filter((p) -> p.status() == status)
			.map(Payment::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
