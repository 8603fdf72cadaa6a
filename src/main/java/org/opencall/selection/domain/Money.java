package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** Amounts in the reasons, as the pages show them: "€120,000", "CHF 99,500.50". */
final class Money {

	private Money() {
	}

	static String inWords(BigDecimal amount, Currency currency) {
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00",
				DecimalFormatSymbols.getInstance(Locale.UK));
		format.setRoundingMode(RoundingMode.HALF_UP);
		String symbol = currency.getSymbol(Locale.UK);
		return ((symbol.length() == 1) ? symbol : symbol + " ") + format.format(amount);
	}

}
