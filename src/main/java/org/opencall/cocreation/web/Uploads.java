package org.opencall.cocreation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencall.cocreation.PilotQueries;
import org.opencall.cocreation.UploadedDocument;
import org.opencall.platform.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * What the pages and the API share: uploaded files as documents (an empty file input is
 * no document), readings as text, and a document handed back as a download streamed from
 * the database.
 */
final class Uploads {

	private Uploads() {
	}

	static List<UploadedDocument> of(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter((f) -> f != null
					&& !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())))
			.map(Uploads::of)
			.toList();
	}

	private static UploadedDocument of(MultipartFile file) {
		try {
			return new UploadedDocument(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the uploaded file", ex);
		}
	}

	/** Values sent as numbers or text, as text. */
	static Map<String, String> text(Map<String, Object> values) {
		if (values == null) {
			return Map.of();
		}
		return values.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> Objects.toString(e.getValue(), "")));
	}

	static ResponseEntity<StreamingResponseBody> download(PilotQueries queries, String user, String grantReference,
			UUID id) {
		PilotQueries.Document document = queries.document(user, grantReference, id)
			.orElseThrow(() -> new NotFoundException("No such document"));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(document.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName()).build().toString())
			.body(document::copyTo);
	}

}
