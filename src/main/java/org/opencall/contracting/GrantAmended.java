package org.opencall.contracting;

import java.util.List;

import org.opencall.platform.Audited;

/**
 * Two officers approved an amendment: the agreement's terms are now this version. Kept in
 * the audit trail under the grant, as Opencall's consequence of the second approval.
 */
public record GrantAmended(String grantReference, int agreementVersion) implements Audited {

	@Override
	public List<String> auditSubjects() {
		return List.of(this.grantReference);
	}

	@Override
	public String auditActor() {
		return null;
	}

}
