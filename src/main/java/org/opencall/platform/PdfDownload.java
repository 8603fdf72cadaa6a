package org.opencall.platform;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An uploaded PDF handed back as a download, never rendered inline in the application's
 * origin.
 */
public final class PdfDownload {

	private PdfDownload() {
	}

	public static ResponseEntity<byte[]> of(String fileName, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(content);
	}

}
