package org.opencall.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/**
 * Reads and shows the form fields marked {@link Amount}. Accepts a currency sign or code
 * around the number, commas, spaces or apostrophes between thousands and a point before
 * the cents; refuses anything else rather than guess (a comma before two digits at the
 * end is not taken for cents).
 */
final class AmountFormatter implements Formatter<BigDecimal> {

	private static final Pattern AMOUNT = Pattern.compile("-?(\\d{1,3}([,\\u00a0\\u202f ']\\d{3})+|\\d+)(\\.\\d+)?");

	private static final BigDecimal PRINTABLE = AmountRules.MAXIMUM.movePointRight(3);

	private static final int MAX_PRINTED_SCALE = 12;

	private static final Pattern CURRENCY = Pattern.compile("^[€$£]|^[A-Z]{3}\\s*|\\s*[A-Z]{3}$|[€$£]$");

	@Override
	public BigDecimal parse(String text, Locale locale) throws ParseException {
		String number = CURRENCY.matcher(text.strip()).replaceAll("").strip();
		if (!AMOUNT.matcher(number).matches()) {
			throw new ParseException("Not an amount", 0);
		}
		return new BigDecimal(number.replaceAll("[,\\u00a0\\u202f ']", ""));
	}

	@Override
	public String print(BigDecimal amount, Locale locale) {
		// a value no amount rule accepts (1e999999999, which Spring's fallback reads) is
		// shown as it came, never expanded digit by digit
		if (amount.abs().compareTo(PRINTABLE) > 0 || amount.scale() > MAX_PRINTED_SCALE) {
			return amount.toString();
		}
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00",
				DecimalFormatSymbols.getInstance(Locale.UK));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(amount);
	}

	/** Applies the formatter to fields marked {@link Amount}. */
	static final class Factory implements AnnotationFormatterFactory<Amount> {

		private static final AmountFormatter FORMATTER = new AmountFormatter();

		@Override
		public Set<Class<?>> getFieldTypes() {
			return Set.of(BigDecimal.class);
		}

		@Override
		public Printer<?> getPrinter(Amount annotation, Class<?> fieldType) {
			return FORMATTER;
		}

		@Override
		public Parser<?> getParser(Amount annotation, Class<?> fieldType) {
			return FORMATTER;
		}

	}

}
