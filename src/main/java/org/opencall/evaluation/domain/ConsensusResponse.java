package org.opencall.evaluation.domain;

import java.time.Instant;

/**
 * An expert's answer to the draft consensus report: they agree, or they comment on what
 * they cannot agree with.
 */
public record ConsensusResponse(String expert, boolean agrees, String comment, Instant at) {
}
