package org.opencall.evaluation;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.opencall.evaluation.domain.Evaluation;
import org.opencall.evaluation.domain.EvaluationRepository;
import org.opencall.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a proposal's evaluation (its latest round, the one its running process is about),
 * applies one transition, saves it and publishes what happened, in the caller's
 * transaction (the engine's, for the process's steps), so that the mails it causes go out
 * only if the step commits.
 */
@Component
class Evaluations {

	private final EvaluationRepository repository;

	private final ApplicationEventPublisher events;

	Evaluations(EvaluationRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	Optional<Evaluation> find(String submissionReference) {
		return this.repository.findBySubmission(submissionReference);
	}

	Evaluation of(String submissionReference) {
		return this.repository.findBySubmission(submissionReference)
			.orElseThrow(() -> new NotFoundException("No evaluation of " + submissionReference));
	}

	/**
	 * Everyone who held a slot of the proposal in any round, now or before: none may take
	 * another.
	 */
	Set<String> expertsOfEveryRound(String submissionReference) {
		Set<String> experts = new LinkedHashSet<>();
		this.repository.findRounds(submissionReference).forEach((round) -> experts.addAll(round.expertsSoFar()));
		return experts;
	}

	@Transactional
	<E> E change(String submissionReference, Function<Evaluation, E> transition) {
		Evaluation evaluation = of(submissionReference);
		E event = transition.apply(evaluation);
		this.repository.save(evaluation);
		if (event != null) {
			this.events.publishEvent(event);
		}
		return event;
	}

}
