package org.opencall.reporting.web;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** A report handed back as a download, never shown inline in the application's origin. */
final class ReportResponses {

	/** RFC 4180's type, with its charset and header row declared. */
	static final String CSV = "text/csv; charset=UTF-8; header=present";

	private ReportResponses() {
	}

	/**
	 * Streams the report to the response as it is made. A refusal met before anything was
	 * sent takes the response back, so that it is answered like any other (a page or
	 * problem details) rather than as a broken download.
	 */
	static void write(HttpServletResponse response, String contentType, String fileName, Body body) throws IOException {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		try {
			body.writeTo(response.getOutputStream());
		}
		catch (RuntimeException ex) {
			if (!response.isCommitted()) {
				response.reset();
			}
			throw ex;
		}
	}

	@FunctionalInterface
	interface Body {

		void writeTo(OutputStream out) throws IOException;

	}

}
