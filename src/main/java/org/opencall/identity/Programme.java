package org.opencall.identity;

/**
 * An innovation programme (a region's or a cluster's) that runs its own calls. Its
 * officers are the members of its engine group.
 */
public record Programme(String code, String name) {

	static final String GROUP_PREFIX = "programme-";

	public String groupId() {
		return groupIdOf(this.code);
	}

	/** The engine group of the officers of the programme with this code. */
	public static String groupIdOf(String programmeCode) {
		return GROUP_PREFIX + programmeCode;
	}

}
