package org.opencall.platform;

import java.sql.SQLException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.postgresql.util.PGobject;

/**
 * Values of an aggregate stored as JSON in one {@code jsonb} column of its row, so that a
 * list of thousands of entries is read and saved in one statement; unknown properties of
 * older rows are ignored.
 */
public final class JsonColumns {

	private static final ObjectMapper JSON = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private JsonColumns() {
	}

	public static PGobject write(Object value) {
		try {
			PGobject column = new PGobject();
			column.setType("jsonb");
			column.setValue(JSON.writeValueAsString(value));
			return column;
		}
		catch (JsonProcessingException | SQLException ex) {
			throw new IllegalStateException("Could not store a " + value.getClass().getSimpleName() + " as JSON", ex);
		}
	}

	public static <T> T read(PGobject column, Class<T> type) {
		try {
			return JSON.readValue(column.getValue(), type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable " + type.getSimpleName() + " in a JSON column", ex);
		}
	}

	public static <T> T read(PGobject column, TypeReference<T> type) {
		try {
			return JSON.readValue(column.getValue(), type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable JSON column", ex);
		}
	}

}
