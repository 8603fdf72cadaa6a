/**
 * Mail through a transactional outbox, sent after commit with retries and an idempotency
 * key; the default run's embedded SMTP server and the administrators' mail page.
 */
package org.opencall.notifications;
