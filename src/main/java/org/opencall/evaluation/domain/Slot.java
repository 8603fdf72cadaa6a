package org.opencall.evaluation.domain;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One required expert's place in the evaluation of a proposal: who holds it now, where
 * they stand, their scorecard once scored, and who held it before. Changed only through
 * {@link Evaluation}.
 */
@Table("evaluation_slots")
public class Slot {

	private String expert;

	private SlotState state;

	private Instant assignedAt;

	private Instant declaredAt;

	private String reason;

	private Scorecard scorecard;

	private PastHolders pastHolders;

	private Instant remindedAt;

	private Instant escalatedAt;

	public Slot(String expert, SlotState state, Instant assignedAt, Instant declaredAt, String reason,
			Scorecard scorecard, PastHolders pastHolders, Instant remindedAt, Instant escalatedAt) {
		this.expert = expert;
		this.state = state;
		this.assignedAt = assignedAt;
		this.declaredAt = declaredAt;
		this.reason = reason;
		this.scorecard = scorecard;
		this.pastHolders = (pastHolders != null) ? pastHolders : PastHolders.NONE;
		this.remindedAt = remindedAt;
		this.escalatedAt = escalatedAt;
	}

	static Slot assignedTo(String expert, Instant now) {
		return new Slot(expert, SlotState.ASSIGNED, now, null, null, null, PastHolders.NONE, null, null);
	}

	void declare(SlotState outcome, String why, Instant now) {
		this.state = outcome;
		this.reason = why;
		this.declaredAt = now;
	}

	void score(Scorecard card) {
		this.state = SlotState.SCORED;
		this.scorecard = card;
	}

	/** The expert who left goes to the history; the next one (or nobody) takes over. */
	void handTo(String next, Instant now) {
		this.pastHolders = this.pastHolders
			.with(new PastHolder(this.expert, this.state, this.reason, this.assignedAt, now));
		this.expert = next;
		this.state = (next != null) ? SlotState.ASSIGNED : SlotState.VACANT;
		this.assignedAt = (next != null) ? now : null;
		this.declaredAt = null;
		this.reason = null;
		this.remindedAt = null;
		this.escalatedAt = null;
	}

	void reminded(Instant now) {
		this.remindedAt = now;
	}

	void escalated(Instant now) {
		this.escalatedAt = now;
	}

	public String expert() {
		return this.expert;
	}

	public SlotState state() {
		return this.state;
	}

	public Instant assignedAt() {
		return this.assignedAt;
	}

	public Instant declaredAt() {
		return this.declaredAt;
	}

	public String reason() {
		return this.reason;
	}

	public Scorecard scorecard() {
		return this.scorecard;
	}

	public PastHolders pastHolders() {
		return this.pastHolders;
	}

	public Instant remindedAt() {
		return this.remindedAt;
	}

	public Instant escalatedAt() {
		return this.escalatedAt;
	}

}
