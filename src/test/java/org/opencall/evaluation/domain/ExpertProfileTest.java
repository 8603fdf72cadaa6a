package org.opencall.evaluation.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ExpertProfileTest {

	@Test
	void termsAreTidiedAndCountedOnceWhateverTheirCase() {
		ExpertProfile profile = ExpertProfile.of(" Karolinska Institutet ", "se",
				List.of("  AI   diagnostics ", "ai diagnostics", "HL7 FHIR", ""), List.of("Digital health"), null);

		assertThat(profile.organisation()).isEqualTo("Karolinska Institutet");
		assertThat(profile.country()).isEqualTo("SE");
		assertThat(profile.keywords()).containsExactly("AI diagnostics", "HL7 FHIR");
		assertThat(profile.maxProposalsPerCall()).isEqualTo(ExpertProfile.DEFAULT_MAX_PROPOSALS_PER_CALL);
	}

	@Test
	void everyWrongFieldIsNamedAtOnce() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> ExpertProfile.of("", "XX", List.of("ok term", "<script>"), List.of(), 0));

		assertThat(refused.violations()).extracting(FieldViolation::field)
			.containsExactlyInAnyOrder("organisation", "country", "keywords[1]", "topics", "maxProposalsPerCall");
	}

	@Test
	void tooManyOrTooLongTermsAreRefused() {
		List<String> many = java.util.stream.IntStream.rangeClosed(1, ExpertProfile.MAX_KEYWORDS + 1)
			.mapToObj((i) -> "keyword " + i)
			.toList();
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> ExpertProfile.of("Org", "PT", many, List.of("x".repeat(61)), 5));

		assertThat(refused.violations()).extracting(FieldViolation::field)
			.containsExactlyInAnyOrder("keywords", "topics[0]", "topics");
	}

}
