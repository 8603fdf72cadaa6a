package org.opencall.cocreation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The numbers of co-creation ({@code opencall.cocreation.*}): when a deliverable is
 * reminded to the company and escalated to the officers, counted from its due date, and
 * how large a deliverable's document may be.
 */
@ConfigurationProperties("opencall.cocreation")
public record CoCreationSettings(Duration deliverableReminderAfter, Duration deliverableEscalationAfter,
		DataSize maxDocumentSize) {

	public CoCreationSettings {
		if (deliverableReminderAfter == null || deliverableReminderAfter.isNegative()) {
			throw new IllegalArgumentException("opencall.cocreation.deliverable-reminder-after must be zero or more");
		}
		if (deliverableEscalationAfter == null || deliverableEscalationAfter.compareTo(deliverableReminderAfter) < 0) {
			throw new IllegalArgumentException(
					"opencall.cocreation.deliverable-escalation-after must not come before the reminder");
		}
		if (maxDocumentSize == null || maxDocumentSize.toBytes() <= 0) {
			throw new IllegalArgumentException("opencall.cocreation.max-document-size must be more than zero");
		}
	}

}
