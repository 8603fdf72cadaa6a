package org.opencall.cocreation;

/** A document as the company uploads it with a deliverable. */
public record UploadedDocument(String fileName, byte[] content) {
}
