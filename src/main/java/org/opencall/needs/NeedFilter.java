package org.opencall.needs;

import java.util.UUID;

/**
 * What the officers' backlog is narrowed to: a status, a care setting and an urgency by
 * their codes, an organisation; {@code null} means any.
 */
public record NeedFilter(NeedState status, String careSetting, String urgency, UUID organisationId) {
}
