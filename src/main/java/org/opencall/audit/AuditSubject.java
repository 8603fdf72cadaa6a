package org.opencall.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a history is about, and the processes it joins: a call's own (its lifecycle, its
 * selection, its reports, its experts' invitations), a need's, a proposal's from its
 * receipt to the last payment of its grant (submission, evaluations, redress,
 * contracting, co-creation), a grant's (contracting, co-creation).
 */
public enum AuditSubject {

	CALL("calls", "Call", List.of("call-lifecycle", "selection", "reporting", AuditSubject.EXPERT_INVITATION)),

	NEED("needs", "Need", List.of("needs-identification")),

	SUBMISSION("submissions", "Proposal",
			List.of("submission", "evaluation", "redress", AuditSubject.CONTRACTING, AuditSubject.CO_CREATION)),

	GRANT("grants", "Grant", List.of(AuditSubject.CONTRACTING, AuditSubject.CO_CREATION));

	/** Started per invitation (its id the business key), for a call. */
	static final String EXPERT_INVITATION = "expert-invitation";

	static final String CONTRACTING = "contracting";

	static final String CO_CREATION = "co-creation";

	private final String path;

	private final String noun;

	private final List<String> processKeys;

	AuditSubject(String path, String noun, List<String> processKeys) {
		this.path = path;
		this.noun = noun;
		this.processKeys = processKeys;
	}

	/** Its part of a history's address: {@code /audit/calls/HC-2027-01}. */
	public String path() {
		return this.path;
	}

	public String noun() {
		return this.noun;
	}

	/** The keys of the processes its history joins. */
	List<String> processKeys() {
		return this.processKeys;
	}

	static Optional<AuditSubject> ofPath(String path) {
		return Arrays.stream(values()).filter((subject) -> subject.path.equals(path)).findFirst();
	}

	/**
	 * The subject whose own process this is, by the process's key: a proposal's
	 * contracting and co-creation are its grant's.
	 */
	static Optional<AuditSubject> owning(String processKey) {
		return Arrays.stream(values())
			.sorted((a, b) -> Boolean.compare(a == SUBMISSION, b == SUBMISSION))
			.filter((subject) -> subject.processKeys.contains(processKey))
			.findFirst();
	}

	/** A proposal's grant, as contracting names it. */
	static String grantOf(String submissionReference) {
		return "GA-" + submissionReference;
	}

}
