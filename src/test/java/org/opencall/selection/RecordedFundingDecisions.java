package org.opencall.selection;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hears every {@link FundingDecided} as it is published, and whether a transaction was
 * running then: the approval's own.
 */
@Component
public class RecordedFundingDecisions {

	private final List<Heard> heard = new CopyOnWriteArrayList<>();

	@EventListener
	void on(FundingDecided decided) {
		this.heard
			.add(new Heard(decided.callReference(), TransactionSynchronizationManager.isActualTransactionActive()));
	}

	/** What was heard for the call. */
	public List<Heard> of(String callReference) {
		return this.heard.stream().filter((h) -> h.callReference().equals(callReference)).toList();
	}

	public record Heard(String callReference, boolean inTransaction) {
	}

}
