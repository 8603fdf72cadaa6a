package org.opencall.selection;

import org.postgresql.util.PGobject;

import org.opencall.platform.ColumnConverter;
import org.opencall.platform.JsonColumns;
import org.opencall.selection.domain.DecisionList;

import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.stereotype.Component;

/** How a proposed funding decision is stored: as JSON in the selection's row. */
final class SelectionColumns {

	private SelectionColumns() {
	}

	@Component
	@WritingConverter
	static final class DecisionListWriter implements ColumnConverter<DecisionList, PGobject> {

		@Override
		public PGobject convert(DecisionList list) {
			return JsonColumns.write(list);
		}

	}

	@Component
	@ReadingConverter
	static final class DecisionListReader implements ColumnConverter<PGobject, DecisionList> {

		@Override
		public DecisionList convert(PGobject column) {
			return JsonColumns.read(column, DecisionList.class);
		}

	}

}
