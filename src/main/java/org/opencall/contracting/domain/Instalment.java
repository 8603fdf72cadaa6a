package org.opencall.contracting.domain;

import java.math.BigDecimal;

/**
 * A payment of an agreement's plan: due {@link #AT_SIGNATURE} or {@link #AFTER_MILESTONE}
 * (then {@code milestone} names it), its share of the grant and its amount.
 */
public record Instalment(int number, String trigger, Integer milestone, BigDecimal percent, BigDecimal amount) {

	public static final String AT_SIGNATURE = "SIGNATURE";

	public static final String AFTER_MILESTONE = "MILESTONE";

}
