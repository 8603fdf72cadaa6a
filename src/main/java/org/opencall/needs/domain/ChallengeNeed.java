package org.opencall.needs.domain;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A need a challenge groups, by its reference.
 */
@Table("challenge_needs")
public record ChallengeNeed(String needReference) {
}
