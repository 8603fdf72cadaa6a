package org.opencall.identity;

/**
 * What kind of organisation: need owners are care organisations, applicants companies.
 */
public enum OrganisationType {

	HOSPITAL("Hospital"), CARE_PROVIDER("Care provider"), SME("SME"), START_UP("Start-up"),
	LARGE_COMPANY("Large company"), RESEARCH_OR_PUBLIC_BODY("Research or public body");

	private final String label;

	OrganisationType(String label) {
		this.label = label;
	}

	/** The type in words. */
	public String label() {
		return this.label;
	}

	/**
	 * The role of the organisation's staff: care organisations own needs, the others
	 * apply.
	 */
	public String staffRole() {
		return (this == HOSPITAL || this == CARE_PROVIDER) ? Roles.NEED_OWNERS : Roles.APPLICANTS;
	}

}
