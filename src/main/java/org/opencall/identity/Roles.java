package org.opencall.identity;

import java.util.List;

/**
 * The application roles; each is an engine group of the same name.
 */
public final class Roles {

	public static final String NEED_OWNERS = "need-owners";

	public static final String PROGRAMME_OFFICERS = "programme-officers";

	public static final String PROJECT_OFFICERS = "project-officers";

	public static final String EVALUATORS = "evaluators";

	/**
	 * Everybody registered in the expert pool, approved or not: they read and change
	 * their own profile. Only approved experts are also {@link #EVALUATORS}, so that no
	 * work is routed to anybody an officer has not approved.
	 */
	public static final String EXPERTS = "experts";

	public static final String APPLICANTS = "applicants";

	public static final String AUDITORS = "auditors";

	public static final String ADMINS = "admins";

	static final List<Role> ALL = List.of(new Role(NEED_OWNERS, "Need owners"),
			new Role(PROGRAMME_OFFICERS, "Programme officers"), new Role(PROJECT_OFFICERS, "Project officers"),
			new Role(EVALUATORS, "Evaluators"), new Role(EXPERTS, "Experts of the pool"),
			new Role(APPLICANTS, "Applicants"), new Role(AUDITORS, "Auditors"), new Role(ADMINS, "Administrators"));

	private Roles() {
	}

	record Role(String groupId, String name) {
	}

}
