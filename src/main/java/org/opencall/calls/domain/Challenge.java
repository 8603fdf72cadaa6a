package org.opencall.calls.domain;

/**
 * A challenge of a call: the problem that proposals answer.
 */
public record Challenge(String title, String description) {
}
