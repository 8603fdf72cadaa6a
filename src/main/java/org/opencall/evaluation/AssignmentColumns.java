package org.opencall.evaluation;

import org.postgresql.util.PGobject;

import org.opencall.evaluation.domain.AssignedSeats;
import org.opencall.platform.ColumnConverter;

import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.stereotype.Component;

/** How a call's assigned seats are stored: as JSON in the assignment's row. */
final class AssignmentColumns {

	private AssignmentColumns() {
	}

	@Component
	@WritingConverter
	static final class SeatsWriter implements ColumnConverter<AssignedSeats, PGobject> {

		@Override
		public PGobject convert(AssignedSeats seats) {
			return EvaluationColumns.write(seats);
		}

	}

	@Component
	@ReadingConverter
	static final class SeatsReader implements ColumnConverter<PGobject, AssignedSeats> {

		@Override
		public AssignedSeats convert(PGobject column) {
			return EvaluationColumns.read(column, AssignedSeats.class);
		}

	}

}
