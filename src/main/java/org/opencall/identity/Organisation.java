package org.opencall.identity;

import java.util.UUID;

/**
 * A hospital, care provider or company whose staff use Opencall.
 */
public record Organisation(UUID id, String name, String country, OrganisationType type) {
}
