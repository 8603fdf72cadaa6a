package org.opencall.home;

import java.util.ArrayList;
import java.util.List;

/** Why no task waits in Tasklist, in the words of each role the viewer has. */
final class WhyNoTasks {

	private WhyNoTasks() {
	}

	static String forRoles(Viewer viewer) {
		List<String> reasons = new ArrayList<>();
		if (viewer.is("programme-officers")) {
			reasons.add("Call reviews, need clarifications and eligibility checks of your programmes come here "
					+ "when a colleague or the process hands them over.");
		}
		if (viewer.is("evaluators")) {
			reasons.add("As an expert you get a scoring task for each proposal assigned to you once a call you "
					+ "evaluate closes.");
		}
		if (viewer.is("need-owners")) {
			reasons.add("A programme officer's question about one of your needs comes here.");
		}
		if (viewer.is("project-officers")) {
			reasons.add("Grant agreements and pilot reports of your projects come here.");
		}
		if (viewer.is("applicants")) {
			reasons.add("Applicants work on their proposals in Opencall itself, not in Tasklist.");
		}
		if (viewer.is("auditors")) {
			reasons.add("Auditors read everything and change nothing, so no task is ever theirs.");
		}
		if (viewer.is("admins")) {
			reasons.add("Administrators look after users and groups in the Admin app.");
		}
		return "Nothing waits for you in Tasklist. " + String.join(" ", reasons);
	}

}
