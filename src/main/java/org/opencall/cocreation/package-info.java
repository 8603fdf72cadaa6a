/**
 * Co-creation: a signed grant's pilot with its host organisation — kick-off, milestone
 * deliverables co-reviewed by the project officer and the host's need owner, payments
 * made due by accepted milestones and released by a second officer, pilot indicators, and
 * the final outcome against the need.
 */
package org.opencall.cocreation;
