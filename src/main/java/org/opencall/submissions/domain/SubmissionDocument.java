package org.opencall.submissions.domain;

import java.util.UUID;

/**
 * A document of a proposal, without its content; stored once and never changed, so that
 * every submitted version keeps its documents.
 */
public record SubmissionDocument(UUID id, String type, String fileName, long size, String sha256) {
}
