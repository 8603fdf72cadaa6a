/**
 * Reporting: the reports officers and auditors download for a call (its overview,
 * submissions and eligibility, ranking with the budget line, payments ledger — PDF and
 * CSV) and for a programme (for its funder). It reads every other module through its
 * public API only and changes nothing of theirs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.opencall.reporting;
