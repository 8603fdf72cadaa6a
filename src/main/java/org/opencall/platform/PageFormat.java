package org.opencall.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * How pages show amounts, dates and times to people: {@code ${@fmt.money(amount, 'EUR')}}
 * gives "€50,000", {@code ${@fmt.dateTime(instant, zone)}} "15 January 2027, 09:00
 * (Europe/Lisbon)". One format everywhere, so that the same fact reads the same on every
 * page. The JSON API keeps its machine formats.
 */
@Component("fmt")
public class PageFormat {

	private static final Locale LOCALE = Locale.UK;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", LOCALE);

	private static final DateTimeFormatter TO_THE_SECOND = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", LOCALE);

	private final Clock clock;

	PageFormat(Clock clock) {
		this.clock = clock;
	}

	/** An amount with its currency's symbol, without cents when it has none. */
	public String money(BigDecimal amount, String currency) {
		return moneyOf(amount, currency);
	}

	/**
	 * {@link #money} for texts written outside a page, such as a refusal's reason, so
	 * that they read as the page does.
	 */
	public static String moneyOf(BigDecimal amount, String currency) {
		if (amount == null) {
			return "";
		}
		String symbol = (currency != null) ? Currency.getInstance(currency).getSymbol(LOCALE) : "";
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00",
				DecimalFormatSymbols.getInstance(LOCALE));
		format.setRoundingMode(RoundingMode.HALF_UP);
		String number = format.format(amount);
		return (symbol.length() == 1) ? symbol + number : symbol + " " + number;
	}

	/** A moment as a date and time in the given time zone, the zone named. */
	public String dateTime(Instant instant, String zone) {
		if (instant == null) {
			return "";
		}
		ZoneId zoneId = zone(zone);
		return DATE_TIME.format(instant.atZone(zoneId)) + " (" + zoneId.getId() + ")";
	}

	/**
	 * A moment to the second, for records whose order matters: "15 January 2027, 09:00:41
	 * (UTC)".
	 */
	public String moment(Instant instant, String zone) {
		if (instant == null) {
			return "";
		}
		ZoneId zoneId = zone(zone);
		return TO_THE_SECOND.format(instant.atZone(zoneId)) + " (" + zoneId.getId() + ")";
	}

	/** A moment as a date in the given time zone. */
	public String date(Instant instant, String zone) {
		return (instant != null) ? DATE.format(instant.atZone(zone(zone))) : "";
	}

	/** How long until a moment, in words: "in 3 days", "in 5 hours", "passed". */
	public String timeLeft(Instant until) {
		if (until == null) {
			return "";
		}
		Duration left = Duration.between(this.clock.instant(), until);
		if (left.isNegative() || left.isZero()) {
			return "passed";
		}
		if (left.toDays() >= 2) {
			return "in " + left.toDays() + " days";
		}
		if (left.toHours() >= 2) {
			return "in " + left.toHours() + " hours";
		}
		long minutes = Math.max(1, left.toMinutes());
		return "in " + minutes + ((minutes == 1) ? " minute" : " minutes");
	}

	private static ZoneId zone(String zone) {
		return (zone != null && !zone.isBlank()) ? ZoneId.of(zone) : ZoneId.of("UTC");
	}

}
