package org.opencall.contracting;

import java.util.List;

import org.opencall.platform.Audited;

/**
 * The company accepted its grant agreement: the grant's co-creation begins. Kept in the
 * audit trail under the grant, its proposal and its call, as Opencall's consequence of
 * the company's acceptance.
 */
public record GrantSigned(String grantReference, String callReference, String submissionReference) implements Audited {

	@Override
	public List<String> auditSubjects() {
		return List.of(this.grantReference, this.submissionReference, this.callReference);
	}

	@Override
	public String auditActor() {
		return null;
	}

}
