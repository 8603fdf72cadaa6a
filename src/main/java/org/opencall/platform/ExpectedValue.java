package org.opencall.platform;

import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Says in words what a field expects when a value could not be read as its type, so that
 * no answer names a Java type.
 */
final class ExpectedValue {

	private ExpectedValue() {
	}

	static String of(Class<?> type) {
		if (type == null) {
			return "has a value that cannot be read";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class || type == BigInteger.class) {
			return "must be a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "must be a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "must be true or false";
		}
		if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
			return "must be text";
		}
		if (type.isEnum()) {
			return "must be one of " + Arrays.toString(type.getEnumConstants());
		}
		if (type == UUID.class) {
			return "must be an identifier like 3f2c1a9e-5b7d-4c1e-9a8f-2d6e4b0c7a15";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "must be a date and time like 2027-01-15T09:00";
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "must be a list";
		}
		if (Map.class.isAssignableFrom(type)) {
			return "must be an object with named fields";
		}
		return "has a value that cannot be read";
	}

}
