package org.opencall.evaluation;

import org.opencall.evaluation.domain.EvaluationEvents.ExpertReminded;
import org.opencall.evaluation.domain.EvaluationEvents.ReevaluationStarted;
import org.opencall.evaluation.domain.EvaluationEvents.ScoringOverdue;
import org.opencall.evaluation.domain.EvaluationEvents.SlotHandedOver;
import org.opencall.evaluation.domain.EvaluationEvents.SlotLeftVacant;
import org.opencall.evaluation.domain.SlotState;
import org.opencall.identity.Directory;
import org.opencall.notifications.Outbox;
import org.opencall.platform.PageFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails the experts and officers of an evaluation, in the transaction of the step that
 * tells them: a slot handed over (to both experts), a re-evaluation started (to its new
 * experts, who join the proposal as a slot's next expert does), a slot left vacant and
 * overdue scoring (to the programme's officers), the reminder before the scoring deadline
 * (to the expert). No mail names the conflict or reason an expert gave, nor the earlier
 * round's scores. An expert holds a slot of a proposal in one round only, so naming the
 * expert in a mail's key keeps the rounds' mails apart.
 */
@Component
class EvaluationMails {

	private static final String TASKLIST = "/camunda/app/tasklist/default/";

	private static final String UTC = "UTC";

	private final Directory directory;

	private final Outbox outbox;

	private final PageFormat format;

	private final String baseUrl;

	EvaluationMails(Directory directory, Outbox outbox, PageFormat format,
			@Value("${opencall.base-url}") String baseUrl) {
		this.directory = directory;
		this.outbox = outbox;
		this.format = format;
		this.baseUrl = baseUrl;
	}

	@EventListener
	void on(SlotHandedOver event) {
		send(event.previousExpert(), event.submission(), "released-" + event.slot(),
				"Evaluation of " + event.submission() + " handed over",
				"You " + why(event.why()) + " for proposal " + event.submission()
						+ "; another expert evaluates it in your place. Nothing more is asked of you for it.");
		send(event.nextExpert(), event.submission(), "assigned-" + event.slot(),
				"Please evaluate proposal " + event.submission(),
				"You are asked to evaluate proposal " + event.submission()
						+ " in place of another expert. First declare in your task list whether you have a "
						+ "conflict of interest with it; then score it.\n\n" + this.baseUrl + TASKLIST);
	}

	@EventListener
	void on(ReevaluationStarted event) {
		event.experts()
			.forEach((expert) -> send(expert, event.submission(), "reevaluation-" + event.round(),
					"Please evaluate proposal " + event.submission(),
					"You are asked to evaluate proposal " + event.submission()
							+ " anew, with other experts than those who evaluated it before. First declare in "
							+ "your task list whether you have a conflict of interest with it; then score it.\n\n"
							+ this.baseUrl + TASKLIST));
	}

	@EventListener
	void on(SlotLeftVacant event) {
		this.directory.programmeOfficersOf(event.programme())
			.forEach((officer) -> send(officer.userId(), event.submission(),
					"vacant-" + event.slot() + "-" + event.previousExpert(), "No expert left for " + event.submission(),
					"The expert of slot " + (event.slot() + 1) + " of proposal " + event.submission() + " "
							+ why(event.why()) + ", and no other eligible expert is left. The proposal is "
							+ "evaluated by fewer experts unless you invite more."));
	}

	@EventListener
	void on(ExpertReminded event) {
		send(event.expert(), event.submission(), "reminder-" + event.slot(),
				"Reminder: score proposal " + event.submission(),
				"Your scores for proposal " + event.submission() + " are due by "
						+ this.format.dateTime(event.dueAt(), UTC) + ". Please score it in your task list.\n\n"
						+ this.baseUrl + TASKLIST);
	}

	@EventListener
	void on(ScoringOverdue event) {
		this.directory.programmeOfficersOf(event.programme())
			.forEach((officer) -> send(officer.userId(), event.submission(),
					"overdue-" + event.slot() + "-" + event.expert(), "Scoring of " + event.submission() + " overdue",
					event.expert() + " has not scored proposal " + event.submission() + ", due by "
							+ this.format.dateTime(event.dueAt(), UTC) + ". Remind them, or reassign the evaluation."));
	}

	private static String why(SlotState state) {
		return switch (state) {
			case CONFLICT_DECLARED -> "declared a conflict of interest";
			case DECLINED -> "declined the evaluation";
			case DEADLINE_MISSED -> "did not declare on conflicts of interest by the deadline";
			default -> "left the evaluation";
		};
	}

	private void send(String userId, String submission, String step, String subject, String body) {
		this.directory.person(userId)
			.ifPresent((person) -> this.outbox.mailTo(person,
					"evaluation:" + submission + ":" + step + ":" + person.userId(), subject, body));
	}

}
