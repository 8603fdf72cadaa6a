/**
 * Submission and eligibility: applicants draft proposals with their documents, submit
 * them before the deadline against a receipt, resubmit or withdraw; after the deadline
 * the eligibility table decides and a programme officer confirms admissibility.
 */
package org.opencall.submissions;
