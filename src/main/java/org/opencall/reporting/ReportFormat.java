package org.opencall.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.opencall.calls.CallView;
import org.opencall.platform.PageFormat;

/**
 * How a report's PDF writes its values for people, as the pages do: "€48,000", "3.5", "15
 * March 2027, 17:00 (Europe/Brussels)".
 */
final class ReportFormat {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private ReportFormat() {
	}

	static String money(BigDecimal amount, String currency) {
		return (amount != null) ? PageFormat.moneyOf(amount, currency) : "";
	}

	/** A score as people write it, to two places at most: "3.5", "4", "13.25". */
	static String score(BigDecimal value) {
		return (value != null) ? value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() : "";
	}

	static String moment(Instant instant, ZoneId zone) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(zone)) + " (" + zone.getId() + ")" : "";
	}

	/**
	 * The parameters every call report opens with: the programme, the call's reference
	 * and title and when the report was issued; the report adds its own.
	 */
	static Map<String, Object> callHeading(CallView call, Clock clock, ZoneId zone) {
		Map<String, Object> values = new HashMap<>();
		values.put("programmeName", call.programmeName());
		values.put("callReference", call.reference());
		values.put("callTitle", call.title());
		values.put("issuedOn", issuedOn(clock, zone));
		return values;
	}

	static String issuedOn(Clock clock, ZoneId zone) {
		return DATE.format(clock.instant().atZone(zone));
	}

}
