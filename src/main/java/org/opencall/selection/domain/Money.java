package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts in the reasons, as the pages show them: "€120,000", "CHF 99,500.50". One per
 * ranking: its formats are made once, and are not for sharing between threads.
 */
final class Money {

	private final String symbol;

	private final DecimalFormat whole;

	private final DecimalFormat cents;

	Money(Currency currency) {
		String sign = currency.getSymbol(Locale.UK);
		this.symbol = (sign.length() == 1) ? sign : sign + " ";
		this.whole = format("#,##0");
		this.cents = format("#,##0.00");
	}

	String inWords(BigDecimal amount) {
		boolean isWhole = amount.stripTrailingZeros().scale() <= 0;
		return this.symbol + (isWhole ? this.whole : this.cents).format(amount);
	}

	private static DecimalFormat format(String pattern) {
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

}
