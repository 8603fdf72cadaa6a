package org.opencall.evaluation.domain;

import java.time.Instant;

/**
 * An expert who held a slot and left it: how (conflict declared, declined, deadline
 * missed), why in their words, and when.
 */
public record PastHolder(String expert, SlotState outcome, String reason, Instant assignedAt, Instant leftAt) {
}
