package org.opencall.submissions.domain;

import java.time.Instant;
import java.util.List;

import org.opencall.platform.StateConflictException;

/**
 * What a proposal must respect of its call: open from its opening to its deadline by the
 * server's clock, its challenges and its rules (maximum grant, TRL range, who may apply).
 */
public record SubmissionWindow(String callReference, boolean published, Instant opensAt, Instant deadline,
		List<String> challenges, CallRules rules) {

	public void requireOpen(Instant now) {
		if (!this.published || now.isBefore(this.opensAt)) {
			throw new StateConflictException("Call " + this.callReference + " is not open for submissions");
		}
		if (!now.isBefore(this.deadline)) {
			throw new StateConflictException(
					"The deadline of call " + this.callReference + " has passed (" + this.deadline + ")");
		}
	}

}
