package org.opencall.submissions.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The current document of each type of a proposal, by type; a new upload of a type
 * replaces the one before it, which stays for the versions submitted with it. Stored with
 * the proposal as one value, so that a proposal is read and saved in one statement.
 */
public record CurrentDocuments(List<SubmissionDocument> list) {

	public static final CurrentDocuments NONE = new CurrentDocuments(List.of());

	public CurrentDocuments {
		list = list.stream().sorted(Comparator.comparing(SubmissionDocument::type)).toList();
	}

	/** These documents with this one as the current one of its type. */
	public CurrentDocuments with(SubmissionDocument document) {
		List<SubmissionDocument> replaced = new ArrayList<>(this.list);
		replaced.removeIf((d) -> d.type().equals(document.type()));
		replaced.add(document);
		return new CurrentDocuments(replaced);
	}

	public boolean has(String type) {
		return this.list.stream().anyMatch((d) -> d.type().equals(type));
	}

}
