package org.opencall.audit;

import java.util.List;

/**
 * A subject whose history the user may read, named by its title, with the subjects its
 * history leads to (a proposal's call, a grant's proposal).
 */
public record ReadableSubject(AuditSubject subject, String reference, String title, List<Related> related) {

	public ReadableSubject {
		related = List.copyOf(related);
	}

	ReadableSubject with(Related more) {
		List<Related> all = new java.util.ArrayList<>(this.related);
		all.add(more);
		return new ReadableSubject(this.subject, this.reference, this.title, all);
	}

	/** Another subject's history, linked from this one. */
	public record Related(AuditSubject subject, String reference) {

		public String href() {
			return "/audit/" + this.subject.path() + "/" + this.reference;
		}

		public String label() {
			return "History of " + this.subject.noun().toLowerCase() + " " + this.reference;
		}

	}

}
