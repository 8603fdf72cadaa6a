package org.opencall.evaluation.domain;

/**
 * Why a proposal is evaluated again: the officer who upheld the applicant's redress
 * request and asked for a new round, and their reason. A first round has none.
 */
public record ReevaluationRequest(String requestedBy, String reason) {

}
