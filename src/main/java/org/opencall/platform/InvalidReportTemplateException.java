package org.opencall.platform;

import org.springframework.core.io.Resource;

/**
 * A report template that does not compile: the message names the template, where it was
 * found and what JasperReports found wrong (an XML error, an expression that does not
 * compile, a field that is not declared).
 */
public class InvalidReportTemplateException extends RuntimeException {

	private final String template;

	InvalidReportTemplateException(String template, Resource source, Exception cause) {
		super("Report template " + template + " (" + source.getDescription() + ") does not compile: "
				+ cause.getMessage(), cause);
		this.template = template;
	}

	/** The name of the template that does not compile. */
	public String template() {
		return this.template;
	}

}
