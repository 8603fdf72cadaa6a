package org.opencall.platform;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class FieldLabelsTest {

	private final FieldLabels labels = new FieldLabels(messages());

	@Test
	void aFieldWithALabelInTheMessagesReadsAsThatLabel() {
		assertThat(this.labels.of("trl")).isEqualTo("Technology readiness level");
	}

	@Test
	void aFieldWithoutOneIsSpelledOutFromItsName() {
		assertThat(this.labels.of("requestedAmount")).isEqualTo("Requested amount");
		assertThat(this.labels.of("vat")).isEqualTo("VAT");
	}

	@Test
	void aRowOfAListIsNamedByItsNumberCountedFromOne() {
		assertThat(this.labels.of("criteria[2].weight")).isEqualTo("Weight of criterion (row 3)");
	}

	@Test
	void aKeyedEntryIsNamedByItsKey() {
		assertThat(this.labels.of("documents[budget]")).isEqualTo("Documents (row budget)");
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("field.trl", Locale.UK, "Technology readiness level");
		messages.addMessage("field.criteria.weight", Locale.UK, "Weight of criterion");
		return messages;
	}

}
