package org.opencall.platform;

/**
 * One reason why one input field was refused.
 *
 * @param field the name of the field as the client sent it
 * @param reason why it was refused, in words a user understands
 */
public record FieldViolation(String field, String reason) {
}
