package org.opencall.contracting;

/** Two officers approved an amendment: the agreement's terms are now this version. */
public record GrantAmended(String grantReference, int agreementVersion) {
}
