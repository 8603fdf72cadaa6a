package org.opencall.identity;

/**
 * What kind of organisation: need owners are care organisations, applicants companies.
 */
public enum OrganisationType {

	HOSPITAL, CARE_PROVIDER, SME, START_UP, LARGE_COMPANY, RESEARCH_OR_PUBLIC_BODY

}
