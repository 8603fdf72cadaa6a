/**
 * Selection: ranking, the four-eyes funding decision, result letters with the evaluation
 * summary report, redress.
 */
package org.opencall.selection;
