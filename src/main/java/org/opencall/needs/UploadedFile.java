package org.opencall.needs;

/**
 * A file as uploaded, before it is checked.
 */
public record UploadedFile(String name, byte[] content) {
}
