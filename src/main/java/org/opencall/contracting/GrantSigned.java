package org.opencall.contracting;

/** The company accepted its grant agreement: the grant's co-creation begins. */
public record GrantSigned(String grantReference, String callReference, String submissionReference) {
}
