/**
 * Needs identification: care organisations state unmet needs, programme officers triage
 * them (validate, reject, ask for clarification, merge duplicates) and group validated
 * needs into challenges that they attach to call drafts.
 */
package org.opencall.needs;
