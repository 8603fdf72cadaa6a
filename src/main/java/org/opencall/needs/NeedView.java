package org.opencall.needs;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencall.needs.domain.CareSetting;
import org.opencall.needs.domain.Clarification;
import org.opencall.needs.domain.ConfidentialField;
import org.opencall.needs.domain.Urgency;
import org.opencall.needs.domain.Need;
import org.opencall.needs.domain.NeedDetails;

/**
 * A need as its owner's organisation, programme officers and auditors read it, with the
 * trace to the challenges and calls it went into and the pilots that answer it (grant →
 * outcome). Choices are given by their codes ({@code HOME_CARE}, {@code HIGH});
 * {@link #careSettingLabel()} says the care setting in words.
 */
public record NeedView(String reference, String title, String description, String careSetting,
		String affectedPopulation, int affectedCount, String currentPractice, String currentBurden,
		String expectedBenefit, String urgency, Set<String> confidentialFields, String organisation, String submittedBy,
		Instant submittedAt, NeedState status, String decidedBy, String rejectionReason, String mergedInto,
		List<Question> clarifications, List<Attachment> attachments, List<Trace> trace, List<PilotOutcome> pilots) {

	public NeedView {
		pilots = (pilots != null) ? List.copyOf(pilots) : List.of();
	}

	static NeedView of(Need need, String organisation, List<Attachment> attachments, List<Trace> trace,
			List<PilotOutcome> pilots) {
		NeedDetails d = need.details();
		return new NeedView(need.reference(), d.title(), d.description(), d.careSetting().name(),
				d.affectedPopulation(), d.affectedCount(), d.currentPractice(), d.currentBurden(), d.expectedBenefit(),
				d.urgency().name(), codes(d.confidentialFields()), organisation, need.submittedBy(), need.submittedAt(),
				NeedState.valueOf(need.status().name()), need.decidedBy(), need.rejectionReason(), need.mergedInto(),
				need.clarifications().stream().map(Question::of).toList(), attachments, trace, pilots);
	}

	/**
	 * The fields kept confidential by their codes, in the order the need form lists them.
	 */
	static Set<String> codes(Collection<ConfidentialField> fields) {
		return fields.stream()
			.sorted(Comparator.naturalOrder())
			.map(Enum::name)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** The care setting in words, as pages show it. */
	public String careSettingLabel() {
		return CareSetting.valueOf(this.careSetting).label();
	}

	/** The urgency in words, as pages show it. */
	public String urgencyLabel() {
		return Urgency.valueOf(this.urgency).label();
	}

	/** The fields kept confidential in the words of the need form, or "nothing". */
	public String confidentialLabels() {
		return this.confidentialFields.isEmpty() ? "nothing"
				: this.confidentialFields.stream()
					.map((code) -> ConfidentialField.valueOf(code).label())
					.collect(Collectors.joining(", "));
	}

	/** A measured value as people write it: "18", "42.5", "1,250"; blank when none. */
	public String figure(BigDecimal value) {
		if (value == null) {
			return "";
		}
		return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
	}

	/** The question its owner has yet to answer, if any. */
	public Question openQuestion() {
		return (this.status == NeedState.IN_CLARIFICATION && !this.clarifications.isEmpty())
				? this.clarifications.get(this.clarifications.size() - 1) : null;
	}

	/** A question an officer asked about the need, and its owner's answer once given. */
	public record Question(int round, String question, String askedBy, Instant askedAt, String answer,
			String answeredBy, Instant answeredAt) {

		static Question of(Clarification c) {
			return new Question(c.round(), c.question(), c.askedBy(), c.askedAt(), c.answer(), c.answeredBy(),
					c.answeredAt());
		}

		public boolean isAnswered() {
			return this.answer != null;
		}

	}

	/** A PDF attached to the need, without its content. */
	public record Attachment(UUID id, String fileName, long size, String sha256) {
	}

	/** One link of need → challenge → call. */
	public record Trace(String challengeId, String challenge, String programme, String callReference) {
	}

}
