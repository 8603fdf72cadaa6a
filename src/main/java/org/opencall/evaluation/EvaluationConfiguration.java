package org.opencall.evaluation;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The evaluation's default terms: the settings {@code opencall.evaluation.*}.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

	@Bean
	EvaluationTerms defaultEvaluationTerms(@Value("${opencall.evaluation.consensus-mode}") String consensusMode,
			@Value("${opencall.evaluation.allowed-spread}") BigDecimal allowedSpread,
			@Value("${opencall.evaluation.declaration-period}") Duration declarationPeriod,
			@Value("${opencall.evaluation.scoring-period}") Duration scoringPeriod,
			@Value("${opencall.evaluation.reminder-before}") Duration reminderBefore) {
		return new EvaluationTerms(consensusMode, allowedSpread, declarationPeriod, scoringPeriod, reminderBefore);
	}

}
