package org.opencall.selection;

import java.util.List;

import org.opencall.platform.Audited;

/**
 * A second officer approved the call's funding decision: its list of selected, reserve
 * and rejected proposals is final ({@link FundingDecisions#of}). Published in the
 * approval's transaction; kept in the audit trail under the call, as Opencall's
 * consequence of the approval.
 */
public record FundingDecided(String callReference) implements Audited {

	@Override
	public List<String> auditSubjects() {
		return List.of(this.callReference);
	}

	@Override
	public String auditActor() {
		return null;
	}

}
