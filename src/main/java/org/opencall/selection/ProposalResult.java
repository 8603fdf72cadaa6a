package org.opencall.selection;

import java.time.Instant;

/**
 * A proposal's result as its applicants (and the call's officers and auditors) read it:
 * the letter's content — the evaluation summary, never the experts' names — whether
 * redress may still be asked for, and the redress request if there is one.
 */
public record ProposalResult(EvaluationSummary summary, int letterVersion, boolean redressOpen, Instant redressDeadline,
		RedressView redress) {
}
