package org.opencall.reporting.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** A report handed back as a download, never shown inline in the application's origin. */
final class ReportResponses {

	/** RFC 4180's type, with its charset and header row declared. */
	static final String CSV = "text/csv; charset=UTF-8; header=present";

	private ReportResponses() {
	}

	static void start(HttpServletResponse response, String contentType, String fileName) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
