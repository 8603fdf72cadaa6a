package org.opencall.evaluation.domain;

/**
 * What an assignment run gives: every proposal with its experts, or the proposals that
 * cannot get enough and why — never a partial assignment.
 */
public sealed interface AssignmentOutcome permits ExpertAssignment, UnsatisfiableAssignment {

}
