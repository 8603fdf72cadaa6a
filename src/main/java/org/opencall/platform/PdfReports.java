package org.opencall.platform;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import org.springframework.stereotype.Component;

/**
 * Renders a template of {@link ReportTemplates} to PDF: the parameters fill its single
 * values, the rows its detail band, one row at a time. Texts come out in the UK's English
 * unless the parameters say otherwise ({@link JRParameter#REPORT_LOCALE}).
 */
@Component
public class PdfReports {

	private final ReportTemplates templates;

	public PdfReports(ReportTemplates templates) {
		this.templates = templates;
	}

	/** The PDF of the named template filled with these parameters and rows. */
	public byte[] render(String template, Map<String, ?> parameters, JRDataSource rows) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
		render(template, parameters, rows, pdf);
		return pdf.toByteArray();
	}

	/**
	 * Writes the PDF of the named template, filled with these parameters and rows, to the
	 * stream, which stays open.
	 */
	public void render(String template, Map<String, ?> parameters, JRDataSource rows, OutputStream pdf) {
		Map<String, Object> values = new HashMap<>(parameters);
		values.putIfAbsent(JRParameter.REPORT_LOCALE, Locale.UK);
		try {
			JasperPrint filled = JasperFillManager.getInstance(this.templates.context())
				.fill(this.templates.get(template), values, rows);
			JRPdfExporter exporter = new JRPdfExporter(this.templates.context());
			exporter.setExporterInput(new SimpleExporterInput(filled));
			exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
			SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
			configuration.setCompressed(true);
			configuration.setMetadataCreator("Opencall");
			exporter.setConfiguration(configuration);
			exporter.exportReport();
		}
		catch (JRException ex) {
			throw new IllegalStateException("Report " + template + " could not be rendered: " + ex.getMessage(), ex);
		}
	}

}
