package org.opencall.audit;

import java.util.Arrays;
import java.util.Optional;

/** What a history is about, by the process that carries it. */
public enum AuditSubject {

	CALL("calls", "call-lifecycle", "Call"),

	NEED("needs", "needs-identification", "Need"),

	SUBMISSION("submissions", "submission", "Proposal");

	private final String path;

	private final String processKey;

	private final String noun;

	AuditSubject(String path, String processKey, String noun) {
		this.path = path;
		this.processKey = processKey;
		this.noun = noun;
	}

	/** Its part of a history's address: {@code /audit/calls/HC-2027-01}. */
	public String path() {
		return this.path;
	}

	String processKey() {
		return this.processKey;
	}

	public String noun() {
		return this.noun;
	}

	static Optional<AuditSubject> ofPath(String path) {
		return Arrays.stream(values()).filter((subject) -> subject.path.equals(path)).findFirst();
	}

}
