package org.opencall.reporting;

import java.io.OutputStream;
import java.io.Writer;

import org.opencall.calls.CallView;

/**
 * One report of a call, as a PDF and as a CSV holding the same figures. The call is one
 * the user reads (checked before); each reads its rows through the owning module's API.
 */
interface CallReport {

	CallReportKind kind();

	void pdf(String userId, CallView call, OutputStream pdf);

	void csv(String userId, CallView call, Writer csv);

}
