package org.opencall.needs.domain;

/**
 * How soon the need owner needs a solution.
 */
public enum Urgency {

	LOW, MEDIUM, HIGH, CRITICAL

}
