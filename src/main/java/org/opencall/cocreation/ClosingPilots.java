package org.opencall.cocreation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencall.cocreation.domain.Pilot;
import org.opencall.cocreation.domain.PilotRepository;
import org.opencall.cocreation.process.CoCreationEngine;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final review: once every milestone is accepted, an officer of the programme closes
 * the grant with its outcome against the need, the indicators' final values and a
 * summary. The task form carries the final values as lines of {@code name = value}.
 */
@Service
@Transactional
public class ClosingPilots {

	private final PilotAccess access;

	private final PilotRepository pilots;

	private final CoCreationEngine engine;

	private final CoCreationMails mails;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClosingPilots(PilotAccess access, PilotRepository pilots, CoCreationEngine engine, CoCreationMails mails,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.pilots = pilots;
		this.engine = engine;
		this.mails = mails;
		this.events = events;
		this.clock = clock;
	}

	public void close(String officer, String grantReference, String outcome, Map<String, String> finalValues,
			String summary) {
		this.access.forOfficer(officer, grantReference);
		String lines = (finalValues == null) ? ""
				: finalValues.entrySet()
					.stream()
					.map((e) -> e.getKey() + " = " + ((e.getValue() != null) ? e.getValue() : ""))
					.collect(Collectors.joining("\n"));
		this.engine.completeFinalReview(grantReference, officer, outcome, lines, summary);
	}

	void record(String grantReference, String officer, String outcome, String finalValues, String summary) {
		Pilot pilot = this.access.byReference(grantReference);
		if (officer == null || !this.access.isOfficerOf(pilot, officer)) {
			throw new ActionForbiddenException("Only an officer of the grant's programme closes it");
		}
		Object event = pilot.close(officer, outcome, lines(finalValues), summary, this.clock.instant());
		this.pilots.save(pilot);
		this.mails.closed(pilot);
		this.events.publishEvent(event);
		this.events.publishEvent(new GrantClosed(pilot.grantReference(), pilot.callReference()));
	}

	/** {@code name = value} lines, as the task form carries them, by name. */
	static Map<String, String> lines(String text) {
		Map<String, String> values = new LinkedHashMap<>();
		if (text == null) {
			return values;
		}
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int equals = line.lastIndexOf('=');
			if (equals < 0) {
				throw InvalidInputException.of("finalValues",
						"each line is an indicator's name, an equals sign and its value: \"" + line.strip() + "\"");
			}
			values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
		}
		return values;
	}

}
