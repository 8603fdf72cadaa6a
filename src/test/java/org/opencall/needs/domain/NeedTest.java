package org.opencall.needs.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.opencall.needs.NeedFixtures;
import org.opencall.needs.NeedInput;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NeedTest {

	private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

	static Need submitted(String reference) {
		return Need.submit(reference, UUID.randomUUID(), "nora", details(NeedFixtures.heartFailureAtHome()), NOW);
	}

	@Test
	void aSubmittedNeedWaitsForTriageAndCanBeEdited() {
		Need need = submitted("N-00001");
		assertThat(need.status()).isEqualTo(NeedStatus.SUBMITTED);
		need.edit(details(NeedFixtures.heartFailureAtHome()));
	}

	@Test
	void aValidatedNeedCanNoLongerBeEdited() {
		Need need = submitted("N-00001");
		need.validate("olivia");
		assertThatThrownBy(() -> need.edit(details(NeedFixtures.heartFailureAtHome())))
			.isInstanceOf(StateConflictException.class)
			.hasMessageContaining("can no longer be edited");
	}

	@Test
	void rejectingNeedsAReason() {
		Need need = submitted("N-00001");
		assertThatThrownBy(() -> need.reject("olivia", " ")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("reason");
		need.reject("olivia", "Out of the programme's scope");
		assertThat(need.status()).isEqualTo(NeedStatus.REJECTED);
		assertThat(need.rejectionReason()).isEqualTo("Out of the programme's scope");
	}

	@Test
	void aClarificationIsAnsweredAndTheNeedReturnsToTriage() {
		Need need = submitted("N-00001");
		assertThatThrownBy(() -> need.askForClarification("olivia", "", NOW)).isInstanceOf(InvalidInputException.class);
		need.askForClarification("olivia", "How many patients per year?", NOW);
		assertThat(need.status()).isEqualTo(NeedStatus.IN_CLARIFICATION);
		assertThatThrownBy(() -> need.validate("olivia")).isInstanceOf(StateConflictException.class);
		need.answerClarification("nora", "About 1,200.", NOW);
		assertThat(need.status()).isEqualTo(NeedStatus.SUBMITTED);
		assertThat(need.clarifications()).singleElement()
			.satisfies((c) -> assertThat(c.answer()).isEqualTo("About 1,200."));
	}

	@Test
	void aNeedCannotBeMergedIntoItself() {
		Need need = submitted("N-00001");
		assertThatThrownBy(() -> need.mergeInto("olivia", need)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("itself");
		assertThat(need.status()).isEqualTo(NeedStatus.SUBMITTED);
	}

	@Test
	void aNeedCannotBeMergedIntoARejectedNeed() {
		Need rejected = submitted("N-00002");
		rejected.reject("olivia", "Out of scope");
		Need need = submitted("N-00001");
		assertThatThrownBy(() -> need.mergeInto("olivia", rejected)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("rejected");
	}

	@Test
	void aDuplicateIsMergedIntoTheOriginal() {
		Need original = submitted("N-00002");
		original.validate("olivia");
		Need duplicate = submitted("N-00003");
		assertThat(duplicate.mergeInto("oscar", original).mergedInto()).isEqualTo("N-00002");
		assertThat(duplicate.status()).isEqualTo(NeedStatus.MERGED);
	}

	@Test
	void aChallengeGroupsOnlyValidatedNeeds() {
		Need validated = submitted("N-00004");
		validated.validate("olivia");
		Need open = submitted("N-00005");
		assertThatThrownBy(() -> NeedChallenge.group("founding", "Heart failure", "",
				java.util.List.of(validated, open), "olivia"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("N-00005 is not validated");
		assertThat(NeedChallenge.group("founding", "Heart failure", "", java.util.List.of(validated), "olivia")
			.needReferences()).containsExactly("N-00004");
	}

	@Test
	void detailsNameEveryMissingField() {
		assertThatThrownBy(() -> details(
				new NeedInput(null, null, "SPACE", null, 0, null, null, null, "SOON", Set.of("PASSWORD"))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.violations()).extracting((v) -> v.field())
						.contains("title", "description", "careSetting", "affectedPopulation", "affectedCount",
								"currentPractice", "currentBurden", "expectedBenefit", "urgency",
								"confidentialFields"));
	}

	@Test
	void attachmentsMustBeNonEmptyPdfsWithinTheLimitAndAPlainName() {
		byte[] pdf = NeedFixtures.pdf();
		org.opencall.platform.PdfDocumentRules.check("a", "evidence.pdf", pdf, 1024);
		assertRefused("../evidence.pdf", pdf, "path separators");
		assertRefused("dir/evidence.pdf", pdf, "path separators");
		assertRefused("evidence.pdf", new byte[0], "empty");
		assertRefused("evidence.pdf", new byte[2048], "larger");
		assertRefused("evidence.pdf", "hello".getBytes(), "PDF");
	}

	/** The need's rules read what its owner wrote, field by field. */
	static NeedDetails details(NeedInput input) {
		return NeedDetails.of(input.title(), input.description(), input.careSetting(), input.affectedPopulation(),
				input.affectedCount(), input.currentPractice(), input.currentBurden(), input.expectedBenefit(),
				input.urgency(), input.confidentialFields());
	}

	private static void assertRefused(String name, byte[] content, String reason) {
		assertThatThrownBy(() -> org.opencall.platform.PdfDocumentRules.check("attachments[0]", name, content, 1024))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(reason);
	}

}
