/**
 * Contracting: a project officer prepares the grant agreement of a selected proposal, a
 * second officer approves it, the company accepts or declines it before its deadline, and
 * a decline or a missed deadline promotes the next proposal of the reserve list.
 * Amendments change a signed agreement with the approval of two officers.
 */
package org.opencall.contracting;
