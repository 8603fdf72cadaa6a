package org.opencall.evaluation.domain;

/** An expert chosen for a proposal, with the affinity that chose them. */
public record AssignedExpert(String username, int affinity) {

}
