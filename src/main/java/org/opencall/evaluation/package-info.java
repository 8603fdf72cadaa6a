/**
 * Evaluation: a pool of independent experts shared across programmes, invited per call;
 * conflicts of interest detected and declared; experts assigned to eligible proposals by
 * a minimum-cost flow that maximises expertise affinity; each expert scores the call's
 * criteria in Tasklist, and a consensus closes every proposal's evaluation.
 */
package org.opencall.evaluation;
