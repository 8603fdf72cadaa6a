package org.opencall.submissions.web;

import org.opencall.submissions.DocumentDownload;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A proposal's PDF handed back as a download (never rendered inline in the application's
 * origin), streamed from the database into the response.
 */
final class DocumentResponse {

	private DocumentResponse() {
	}

	static ResponseEntity<StreamingResponseBody> of(String fileName, DocumentDownload document) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(document.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(document::writeTo);
	}

}
