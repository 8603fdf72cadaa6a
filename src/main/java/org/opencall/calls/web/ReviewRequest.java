package org.opencall.calls.web;

/**
 * A reviewing officer's decision: {@code APPROVE} or {@code SEND_BACK} with a comment.
 */
record ReviewRequest(String decision, String comment) {
}
