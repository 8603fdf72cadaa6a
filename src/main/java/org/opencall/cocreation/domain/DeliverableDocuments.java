package org.opencall.cocreation.domain;

import java.util.List;
import java.util.UUID;

/**
 * The PDF documents of one submitted deliverable, as kept with it: their ids, names and
 * sizes (the contents are stored beside the pilot).
 */
public record DeliverableDocuments(List<Document> documents) {

	public DeliverableDocuments {
		documents = List.copyOf(documents);
	}

	public record Document(UUID id, String fileName, long size) {
	}

}
