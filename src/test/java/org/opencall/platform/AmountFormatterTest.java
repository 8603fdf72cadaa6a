package org.opencall.platform;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AmountFormatterTest {

	private final AmountFormatter formatter = new AmountFormatter();

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "50000|50000", "50,000|50000", "50 000|50000", "€50,000.00|50000.00",
			"50000.5|50000.5", "EUR 1,250,000|1250000", "12'500 CHF|12500", "0|0" })
	void readsAmountsAsPeopleWriteThem(String typed, String amount) throws ParseException {
		assertThat(this.formatter.parse(typed, Locale.UK)).isEqualByComparingTo(amount);
	}

	@ParameterizedTest
	@ValueSource(strings = { "fifty", "50,00", "5,0000", "50.000,00", "1e6", "50..0", "", "€" })
	void refusesWhatItWouldHaveToGuess(String typed) {
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> this.formatter.parse(typed, Locale.UK));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "50000|50,000", "50000.00|50,000", "50000.5|50,000.50" })
	void showsAmountsWithThousandsSeparators(String amount, String shown) {
		assertThat(this.formatter.print(new BigDecimal(amount), Locale.UK)).isEqualTo(shown);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1e999999999|1E+999999999", "1e-999999999|1E-999999999" })
	void showsAValueNoAmountRuleAcceptsAsItCameWithoutExpandingIt(String amount, String shown) {
		assertThat(this.formatter.print(new BigDecimal(amount), Locale.UK)).isEqualTo(shown);
	}

}
