/**
 * What auditors follow: the history of a call, a need or a submission — who did what,
 * when, and with which decision — read from the engine's history, for auditors and the
 * officers of the subject's programme.
 */
package org.opencall.audit;
