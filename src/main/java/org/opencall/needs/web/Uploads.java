package org.opencall.needs.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.opencall.needs.UploadedFile;

import org.springframework.web.multipart.MultipartFile;

/**
 * Reads uploaded files; a form's empty file input is no file.
 */
final class Uploads {

	private Uploads() {
	}

	static List<UploadedFile> of(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter((file) -> !(file.isEmpty()
					&& (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())))
			.map(Uploads::of)
			.toList();
	}

	static UploadedFile of(MultipartFile file) {
		try {
			return new UploadedFile(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
