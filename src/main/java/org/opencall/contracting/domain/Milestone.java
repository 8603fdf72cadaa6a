package org.opencall.contracting.domain;

import java.time.LocalDate;

/**
 * A milestone of an agreement, numbered from 1 in due order; the last is the final
 * report.
 */
public record Milestone(int number, String title, String deliverable, LocalDate dueDate) {
}
