package org.opencall.needs.domain;

import java.util.List;

import org.opencall.platform.Audited;

/**
 * What happens to a need, past tense: its submission and each transition of {@link Need}.
 * Each is kept in the audit trail under the need's reference, with the person who acted.
 */
public final class NeedEvents {

	private NeedEvents() {
	}

	/** An event about the need alone: kept in the audit trail under its reference. */
	interface AboutTheNeed extends Audited {

		String reference();

		@Override
		default List<String> auditSubjects() {
			return List.of(reference());
		}

	}

	public record NeedSubmitted(String reference, String owner) implements AboutTheNeed {

		@Override
		public String auditActor() {
			return this.owner;
		}

	}

	public record NeedClarificationRequested(String reference, int round, String officer,
			String question) implements AboutTheNeed {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record NeedClarified(String reference, int round, String answeredBy) implements AboutTheNeed {

		@Override
		public String auditActor() {
			return this.answeredBy;
		}

	}

	public record NeedValidated(String reference, String officer) implements AboutTheNeed {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record NeedRejected(String reference, String officer, String reason) implements AboutTheNeed {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record NeedMerged(String reference, String mergedInto, String officer) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.reference, this.mergedInto);
		}

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

}
