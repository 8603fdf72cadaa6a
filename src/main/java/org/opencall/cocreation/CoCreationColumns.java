package org.opencall.cocreation;

import org.postgresql.util.PGobject;

import org.opencall.cocreation.domain.DeliverableDocuments;
import org.opencall.cocreation.domain.Readings;
import org.opencall.platform.ColumnConverter;
import org.opencall.platform.JsonColumns;

import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.stereotype.Component;

/**
 * How a deliverable's documents and indicator readings are stored: as JSON in its row.
 */
final class CoCreationColumns {

	private CoCreationColumns() {
	}

	@Component
	@WritingConverter
	static final class DocumentsWriter implements ColumnConverter<DeliverableDocuments, PGobject> {

		@Override
		public PGobject convert(DeliverableDocuments documents) {
			return JsonColumns.write(documents);
		}

	}

	@Component
	@ReadingConverter
	static final class DocumentsReader implements ColumnConverter<PGobject, DeliverableDocuments> {

		@Override
		public DeliverableDocuments convert(PGobject column) {
			return JsonColumns.read(column, DeliverableDocuments.class);
		}

	}

	@Component
	@WritingConverter
	static final class ReadingsWriter implements ColumnConverter<Readings, PGobject> {

		@Override
		public PGobject convert(Readings readings) {
			return JsonColumns.write(readings);
		}

	}

	@Component
	@ReadingConverter
	static final class ReadingsReader implements ColumnConverter<PGobject, Readings> {

		@Override
		public Readings convert(PGobject column) {
			return JsonColumns.read(column, Readings.class);
		}

	}

}
