package org.opencall.evaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

import org.opencall.identity.Directory;
import org.opencall.identity.Person;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The evaluation's default terms (settings {@code opencall.evaluation.*}) and, until the
 * expert ranking answers {@link ReplacementExperts}, a stand-in that hands a left slot to
 * the first member of the {@code evaluators} group, by user id, who is not excluded.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

	static final String EVALUATORS = "evaluators";

	@Bean
	EvaluationTerms defaultEvaluationTerms(@Value("${opencall.evaluation.consensus-mode}") String consensusMode,
			@Value("${opencall.evaluation.allowed-spread}") BigDecimal allowedSpread,
			@Value("${opencall.evaluation.declaration-period}") Duration declarationPeriod,
			@Value("${opencall.evaluation.scoring-period}") Duration scoringPeriod,
			@Value("${opencall.evaluation.reminder-before}") Duration reminderBefore) {
		return new EvaluationTerms(consensusMode, allowedSpread, declarationPeriod, scoringPeriod, reminderBefore);
	}

	@Bean
	@ConditionalOnMissingBean(ReplacementExperts.class)
	ReplacementExperts evaluatorGroupReplacements(Directory directory) {
		return (submissionReference, excluded) -> {
			Optional<Person> next = directory.membersOf(EVALUATORS)
				.stream()
				.filter((person) -> !excluded.contains(person.userId()))
				.findFirst();
			return next.map(Person::userId);
		};
	}

}
