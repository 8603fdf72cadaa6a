package org.opencall.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.opencall.submissions.ProposalReceived;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts proposals received ({@code opencall.submissions.received}): each first
 * submission once its acknowledgement has committed, so that an acknowledgement the
 * engine retries is not counted twice. The count starts at zero with each node; a scraper
 * sums the nodes' rates.
 */
@Component
class SubmissionsReceived {

	private final Counter received;

	SubmissionsReceived(MeterRegistry registry) {
		this.received = Counter.builder("opencall.submissions.received")
			.description("Proposals received (first submissions acknowledged) by this node since it started")
			.register(registry);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ProposalReceived received) {
		this.received.increment();
	}

}
