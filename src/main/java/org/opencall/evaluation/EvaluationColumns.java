package org.opencall.evaluation;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import org.postgresql.util.PGobject;

import org.opencall.evaluation.domain.ConsensusReport;
import org.opencall.evaluation.domain.PastHolder;
import org.opencall.evaluation.domain.PastHolders;
import org.opencall.evaluation.domain.Scorecard;
import org.opencall.platform.ColumnConverter;
import org.opencall.platform.JsonColumns;

import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.stereotype.Component;

/**
 * How the values of an evaluation are stored: scorecards, a slot's past holders and the
 * consensus report as JSON in their rows, durations as ISO-8601 text (P14D). Each
 * converter is a bean that the persistence configuration registers.
 */
final class EvaluationColumns {

	private EvaluationColumns() {
	}

	static PGobject write(Object value) {
		return JsonColumns.write(value);
	}

	static <T> T read(PGobject column, Class<T> type) {
		return JsonColumns.read(column, type);
	}

	@Component
	@WritingConverter
	static final class ScorecardWriter implements ColumnConverter<Scorecard, PGobject> {

		@Override
		public PGobject convert(Scorecard value) {
			return write(value);
		}

	}

	@Component
	@ReadingConverter
	static final class ScorecardReader implements ColumnConverter<PGobject, Scorecard> {

		@Override
		public Scorecard convert(PGobject column) {
			return read(column, Scorecard.class);
		}

	}

	@Component
	@WritingConverter
	static final class PastHoldersWriter implements ColumnConverter<PastHolders, PGobject> {

		@Override
		public PGobject convert(PastHolders value) {
			return write(value.list());
		}

	}

	@Component
	@ReadingConverter
	static final class PastHoldersReader implements ColumnConverter<PGobject, PastHolders> {

		private static final TypeReference<List<PastHolder>> HOLDERS = new TypeReference<>() {
		};

		@Override
		public PastHolders convert(PGobject column) {
			return new PastHolders(JsonColumns.read(column, HOLDERS));
		}

	}

	@Component
	@WritingConverter
	static final class ReportWriter implements ColumnConverter<ConsensusReport, PGobject> {

		@Override
		public PGobject convert(ConsensusReport value) {
			return write(value);
		}

	}

	@Component
	@ReadingConverter
	static final class ReportReader implements ColumnConverter<PGobject, ConsensusReport> {

		@Override
		public ConsensusReport convert(PGobject column) {
			return read(column, ConsensusReport.class);
		}

	}

	@Component
	@WritingConverter
	static final class DurationWriter implements ColumnConverter<Duration, String> {

		@Override
		public String convert(Duration value) {
			return value.toString();
		}

	}

	@Component
	@ReadingConverter
	static final class DurationReader implements ColumnConverter<String, Duration> {

		@Override
		public Duration convert(String column) {
			return Duration.parse(column);
		}

	}

}
