package org.opencall.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.opencall.evaluation.domain.CallInvitation;
import org.opencall.evaluation.domain.CallInvitationRepository;
import org.opencall.evaluation.domain.Expert;
import org.opencall.evaluation.domain.ExpertRepository;
import org.opencall.identity.Person;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's panel: the experts who accepted its invitation and are still approved, with
 * what assigning them proposals needs. The assignment and the evaluation process read the
 * panel here.
 */
@Service
@Transactional(readOnly = true)
public class ExpertPanel {

	private final CallInvitationRepository invitations;

	private final ExpertRepository experts;

	private final ExpertPool pool;

	ExpertPanel(CallInvitationRepository invitations, ExpertRepository experts, ExpertPool pool) {
		this.invitations = invitations;
		this.experts = experts;
		this.pool = pool;
	}

	/** The call's accepted, approved experts, by username. */
	public List<AcceptedExpert> acceptedExperts(String callReference) {
		List<String> usernames = this.invitations.findAcceptedByCall(callReference)
			.stream()
			.map(CallInvitation::expertId)
			.toList();
		if (usernames.isEmpty()) {
			return List.of();
		}
		Map<String, Person> people = this.pool.people();
		return this.experts.findAllById(usernames)
			.stream()
			.filter(Expert::isApproved)
			.map((expert) -> accepted(expert, people.get(expert.userId())))
			.toList();
	}

	/** One expert of the call's panel, if they accepted and are still approved. */
	public Optional<AcceptedExpert> acceptedExpert(String callReference, String username) {
		return acceptedExperts(callReference).stream().filter((e) -> e.username().equals(username)).findFirst();
	}

	/** The accepted experts of the call by username, for lookups. */
	public Map<String, AcceptedExpert> acceptedExpertsByUsername(String callReference) {
		return acceptedExperts(callReference).stream()
			.collect(Collectors.toMap(AcceptedExpert::username, (expert) -> expert));
	}

	private static AcceptedExpert accepted(Expert expert, Person person) {
		return new AcceptedExpert(expert.userId(), (person != null) ? person.displayName() : expert.userId(),
				(person != null) ? person.email() : null, expert.profile().organisation(), expert.profile().country(),
				expert.profile().keywords(), expert.profile().topics(), expert.profile().maxProposalsPerCall());
	}

}
