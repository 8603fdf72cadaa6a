package org.opencall.reporting;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.fill.JRGzipVirtualizer;

import org.opencall.platform.PdfReports;

/**
 * Renders a report whose rows may run to thousands: the filled pages beyond the few kept
 * at hand are held compressed (a JasperReports virtualizer), and the rows come from a
 * source that is open only while the report is filled (a database cursor), so that the
 * heap holds a few pages and one batch of rows, never the whole list.
 */
final class LargeReports {

	/** Pages kept uncompressed while the report is filled. */
	static final int PAGES_AT_HAND = 8;

	private LargeReports() {
	}

	/**
	 * Opens the rows with {@code rows}, which hands the report's data source to the
	 * filling function while its source is open, and writes the PDF to the stream.
	 */
	static void render(PdfReports reports, String template, Map<String, Object> parameters, OutputStream pdf,
			Function<Function<JRDataSource, Void>, Void> rows) {
		JRGzipVirtualizer virtualizer = new JRGzipVirtualizer(PAGES_AT_HAND);
		try {
			Map<String, Object> values = new HashMap<>(parameters);
			values.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
			rows.apply((source) -> {
				reports.render(template, values, source, pdf);
				return null;
			});
		}
		finally {
			virtualizer.cleanup();
		}
	}

}
