package org.opencall.submissions;

/**
 * A proposal's first submission was received: the process acknowledged its first receipt.
 * For the modules that count intake (the operations metrics); published in the
 * acknowledgement's transaction, once per proposal.
 */
public record ProposalReceived(String reference, String callReference) {
}
