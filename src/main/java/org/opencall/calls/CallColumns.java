package org.opencall.calls;

import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.postgresql.util.PGobject;

import org.opencall.calls.domain.NeedSnapshot;
import org.opencall.calls.domain.NeedSnapshots;
import org.opencall.platform.ColumnConverter;

import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.stereotype.Component;

/**
 * How the values of a call that are neither text nor numbers are stored: its currency and
 * time zone by their codes, the needs behind a challenge as JSON. Each converter is a
 * bean that the persistence configuration registers.
 */
final class CallColumns {

	private CallColumns() {
	}

	@Component
	@WritingConverter
	static final class CurrencyWriter implements ColumnConverter<Currency, String> {

		@Override
		public String convert(Currency currency) {
			return currency.getCurrencyCode();
		}

	}

	@Component
	@ReadingConverter
	static final class CurrencyReader implements ColumnConverter<String, Currency> {

		@Override
		public Currency convert(String code) {
			return Currency.getInstance(code);
		}

	}

	@Component
	@WritingConverter
	static final class ZoneWriter implements ColumnConverter<ZoneId, String> {

		@Override
		public String convert(ZoneId zone) {
			return zone.getId();
		}

	}

	@Component
	@ReadingConverter
	static final class ZoneReader implements ColumnConverter<String, ZoneId> {

		@Override
		public ZoneId convert(String id) {
			return ZoneId.of(id);
		}

	}

	@Component
	@WritingConverter
	static final class NeedsWriter implements ColumnConverter<NeedSnapshots, PGobject> {

		private final ObjectMapper json = new ObjectMapper();

		@Override
		public PGobject convert(NeedSnapshots needs) {
			try {
				PGobject column = new PGobject();
				column.setType("jsonb");
				column.setValue(this.json.writeValueAsString(needs.list()));
				return column;
			}
			catch (JsonProcessingException | SQLException ex) {
				throw new IllegalStateException("Could not store the needs of a challenge", ex);
			}
		}

	}

	@Component
	@ReadingConverter
	static final class NeedsReader implements ColumnConverter<PGobject, NeedSnapshots> {

		private static final TypeReference<List<NeedSnapshot>> LIST = new TypeReference<>() {
		};

		private final ObjectMapper json = new ObjectMapper();

		@Override
		public NeedSnapshots convert(PGobject column) {
			try {
				return new NeedSnapshots(this.json.readValue(column.getValue(), LIST));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("Unreadable needs of a call challenge", ex);
			}
		}

	}

}
