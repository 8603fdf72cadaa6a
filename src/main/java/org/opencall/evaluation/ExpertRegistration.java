package org.opencall.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.opencall.evaluation.domain.Expert;
import org.opencall.evaluation.domain.ExpertProfile;
import org.opencall.evaluation.domain.ExpertRepository;
import org.opencall.identity.ExpertLogins;
import org.opencall.identity.Person;
import org.opencall.identity.Registration;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Experts register themselves, or with the link of an officer's invitation: their login
 * (the identity module's, role {@code experts}) and their profile in one step, refused
 * with every wrong field at once. They await an officer's approval before any work is
 * routed to them.
 */
@Service
@Transactional
public class ExpertRegistration {

	private final ExpertLogins logins;

	private final ExpertRepository experts;

	private final ExpertRoles roles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ExpertRegistration(ExpertLogins logins, ExpertRepository experts, ExpertRoles roles,
			ApplicationEventPublisher events, Clock clock) {
		this.logins = logins;
		this.experts = experts;
		this.roles = roles;
		this.events = events;
		this.clock = clock;
	}

	public ExpertView register(ExpertRegistrationInput input) {
		List<FieldViolation> violations = new ArrayList<>();
		ExpertProfileInput entered = input.profile();
		ExpertProfile profile = ExpertProfile.check(violations, entered.organisation(), entered.country(),
				entered.keywords(), entered.topics(), entered.maxProposalsPerCall());
		if (!Boolean.TRUE.equals(input.confidentiality())) {
			violations.add(new FieldViolation("confidentiality",
					"must be declared: experts keep what they evaluate confidential"));
		}
		Person person = this.logins.register(new Registration(null, null, null, null, input.userId(), input.firstName(),
				input.lastName(), input.email(), input.password(), input.invitation()), violations);
		Expert expert = Expert.register(person.userId(), profile, true, this.clock.instant());
		this.experts.save(expert);
		this.events.publishEvent(expert.registered());
		return ExpertView.of(expert, person);
	}

	/**
	 * The address an officer's invitation was sent to, for the registration page; refused
	 * naming {@code invitation} when the link cannot be used.
	 */
	@Transactional(readOnly = true)
	public String invitedAddress(String token) {
		return this.logins.invitedAddress(token);
	}

	/** An officer invites someone by e-mail to register in the pool. */
	public void inviteToPool(String officer, String email) {
		this.roles.requireOfficer(officer);
		if (email == null) {
			throw InvalidInputException.of("email", "is required");
		}
		this.logins.invite(officer, email);
	}

}
