package org.opencall.notifications;

/**
 * A mail to send once.
 *
 * @param idempotencyKey the same key never sends twice, whoever asks and however often
 * @param recipient the address
 * @param subject the subject line
 * @param body plain text
 */
public record OutgoingMail(String idempotencyKey, String recipient, String subject, String body) {
}
