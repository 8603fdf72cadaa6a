package org.opencall.calls;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.opencall.calls.domain.CallEvents.CallApproved;
import org.opencall.calls.domain.CallEvents.CallClosed;
import org.opencall.calls.domain.CallEvents.CallPublished;
import org.opencall.calls.domain.CallEvents.CallSentBack;
import org.opencall.calls.domain.CallEvents.CallSubmittedForApproval;
import org.opencall.calls.domain.Call;
import org.opencall.calls.domain.CallRepository;
import org.opencall.identity.Directory;
import org.opencall.identity.Person;
import org.opencall.notifications.Outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails the people concerned at each step of a call, in the transaction of the step: the
 * programme's officers and whoever follows the call.
 */
@Component
class CallMails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

	private final CallRepository calls;

	private final Directory directory;

	private final Outbox outbox;

	private final String baseUrl;

	CallMails(CallRepository calls, Directory directory, Outbox outbox, @Value("${opencall.base-url}") String baseUrl) {
		this.calls = calls;
		this.directory = directory;
		this.outbox = outbox;
		this.baseUrl = baseUrl;
	}

	@EventListener
	void on(CallSubmittedForApproval event) {
		Call call = call(event.reference());
		officers(call).values()
			.stream()
			.filter((officer) -> !call.isPreparedBy(officer.userId()))
			.forEach((officer) -> send(call, officer, "submitted-" + event.round(),
					"Call " + call.reference() + " awaits your approval",
					event.submittedBy() + " submitted call " + call.reference() + " \"" + call.terms().title()
							+ "\" for approval.\n\nReview it: " + officerLink(call) + "\nor in Tasklist: "
							+ this.baseUrl + "/camunda/app/tasklist/"));
	}

	@EventListener
	void on(CallSentBack event) {
		Call call = call(event.reference());
		call.preparedBy()
			.forEach((userId) -> this.directory.person(userId)
				.ifPresent((officer) -> send(call, officer, "sent-back-" + event.round(),
						"Call " + call.reference() + " was sent back",
						event.reviewer() + " sent call " + call.reference() + " back for revision:\n\n"
								+ event.comment() + "\n\nRevise it: " + officerLink(call))));
	}

	@EventListener
	void on(CallApproved event) {
		Call call = call(event.reference());
		followers(call).forEach((person) -> send(call, person, "approved", "Call " + call.reference() + " approved",
				event.approver() + " approved call " + call.reference() + " \"" + call.terms().title()
						+ "\".\nIt opens on " + local(call, call.terms().opensAt()) + " and closes on "
						+ local(call, call.terms().deadline()) + " (" + call.terms().timeZone() + ").\n\n"
						+ publicLink(call)));
	}

	@EventListener
	void on(CallPublished event) {
		Call call = call(event.reference());
		followers(call).forEach((person) -> send(call, person, "published", "Call " + call.reference() + " is open",
				"Call " + call.reference() + " \"" + call.terms().title() + "\" is open for submissions until "
						+ local(call, call.terms().deadline()) + " (" + call.terms().timeZone() + ").\n\n"
						+ publicLink(call)));
	}

	@EventListener
	void on(CallClosed event) {
		Call call = call(event.reference());
		followers(call).forEach((person) -> send(call, person, "closed", "Call " + call.reference() + " is closed",
				"Call " + call.reference() + " \"" + call.terms().title()
						+ "\" reached its deadline and takes no more submissions.\n\n" + publicLink(call)));
	}

	private Call call(String reference) {
		return this.calls.findByReference(reference).orElseThrow();
	}

	private Map<String, Person> officers(Call call) {
		Map<String, Person> officers = new LinkedHashMap<>();
		this.directory.programmeOfficersOf(call.programmeCode())
			.forEach((person) -> officers.put(person.userId(), person));
		return officers;
	}

	/** The programme's officers and everybody who chose to follow the call. */
	private Set<Person> followers(Call call) {
		Map<String, Person> people = officers(call);
		this.calls.followers(call.id())
			.forEach((userId) -> this.directory.person(userId).ifPresent((p) -> people.putIfAbsent(userId, p)));
		return Set.copyOf(people.values());
	}

	private void send(Call call, Person person, String step, String subject, String body) {
		this.outbox.mailTo(person, "call:" + call.reference() + ":" + step + ":" + person.userId(), subject, body);
	}

	private String local(Call call, Instant instant) {
		return WHEN.format(instant.atZone(call.terms().timeZone()));
	}

	private String officerLink(Call call) {
		return this.baseUrl + "/officer/calls/" + call.reference();
	}

	private String publicLink(Call call) {
		return this.baseUrl + "/calls/" + call.reference();
	}

}
