package org.opencall.submissions.domain;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A document of a proposal, without its content; stored once and never changed, so that
 * every submitted version keeps its documents. A proposal holds the current one of each
 * type.
 */
@Table("submission_document_slots")
public record SubmissionDocument(@Column("document_id") UUID id, String type, String fileName, long size,
		String sha256) {
}
