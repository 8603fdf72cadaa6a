package org.opencall.evaluation;

import java.util.List;

/**
 * An officer's invitation of experts (by login) to a call; without a response time, the
 * setting's default applies.
 */
public record CallInvitationInput(List<String> experts, Integer respondWithinDays) {
}
