package org.opencall.cocreation.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.opencall.platform.InvalidInputException;

/** The kick-off date as a task form sends it: {@code 2027-03-01}, or with a time. */
final class KickOffDate {

	private KickOffDate() {
	}

	static LocalDate of(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String date = text.strip();
		try {
			return LocalDate.parse((date.length() > 10) ? date.substring(0, 10) : date);
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of(CoCreationProcess.VAR_KICK_OFF_DATE, "must be a date such as 2027-03-01");
		}
	}

}
