package org.opencall.submissions.domain;

/**
 * The organisation a proposal comes from, as a call's eligibility rules read it: its
 * country (ISO code) and its kind, as a code and in words.
 */
public record ApplyingOrganisation(String name, String country, String type, String typeLabel) {
}
