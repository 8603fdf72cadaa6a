package org.opencall.submissions;

import java.sql.SQLException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.postgresql.util.PGobject;

import org.opencall.platform.ColumnConverter;
import org.opencall.submissions.domain.CurrentDocuments;
import org.opencall.submissions.domain.SubmissionDocument;

import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.stereotype.Component;

/**
 * How the current documents of a proposal are stored: as JSON in the proposal's row, in
 * the form the submitted versions keep them. Each converter is a bean that the
 * persistence configuration registers.
 */
final class SubmissionColumns {

	private SubmissionColumns() {
	}

	@Component
	@WritingConverter
	static final class DocumentsWriter implements ColumnConverter<CurrentDocuments, PGobject> {

		private final ObjectMapper json = new ObjectMapper();

		@Override
		public PGobject convert(CurrentDocuments documents) {
			try {
				PGobject column = new PGobject();
				column.setType("jsonb");
				column.setValue(this.json.writeValueAsString(documents.list()));
				return column;
			}
			catch (JsonProcessingException | SQLException ex) {
				throw new IllegalStateException("Could not store the documents of a proposal", ex);
			}
		}

	}

	@Component
	@ReadingConverter
	static final class DocumentsReader implements ColumnConverter<PGobject, CurrentDocuments> {

		private static final TypeReference<List<SubmissionDocument>> LIST = new TypeReference<>() {
		};

		private final ObjectMapper json = new ObjectMapper();

		@Override
		public CurrentDocuments convert(PGobject column) {
			try {
				return new CurrentDocuments(this.json.readValue(column.getValue(), LIST));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("Unreadable documents of a proposal", ex);
			}
		}

	}

}
