package org.opencall.identity;

/**
 * An innovation programme (a region's or a cluster's) that runs its own calls. Its
 * officers are the members of its engine group.
 */
public record Programme(String code, String name) {

	static final String GROUP_PREFIX = "programme-";

	public String groupId() {
		return GROUP_PREFIX + this.code;
	}

}
