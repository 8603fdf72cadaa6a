package org.opencall.evaluation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencall.evaluation.domain.Expert;
import org.opencall.evaluation.domain.ExpertProfile;
import org.opencall.evaluation.domain.ExpertRepository;
import org.opencall.identity.Directory;
import org.opencall.identity.Person;
import org.opencall.identity.Roles;
import org.opencall.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert pool, shared by every programme: officers approve experts into it or reject
 * them with a reason, auditors read it, and each expert reads and changes their own
 * profile or withdraws. An expert is in the engine group {@code evaluators} exactly while
 * approved, so that no task is ever routed to someone no officer approved.
 */
@Service
@Transactional
public class ExpertPool {

	private final ExpertRepository experts;

	private final ExpertRoles roles;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ExpertPool(ExpertRepository experts, ExpertRoles roles, Directory directory, ApplicationEventPublisher events,
			Clock clock) {
		this.experts = experts;
		this.roles = roles;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/** The whole pool for officers and auditors, those awaiting approval first. */
	@Transactional(readOnly = true)
	public List<ExpertView> pool(String userId) {
		this.roles.requireReader(userId);
		return views(this.experts.findPool());
	}

	/** One expert: any for officers and auditors, only themself for an expert. */
	@Transactional(readOnly = true)
	public ExpertView expert(String userId, String expertId) {
		if (!expertId.equals(userId)) {
			this.roles.requireReader(userId);
		}
		return view(find(expertId));
	}

	/** The expert's own profile and status. */
	@Transactional(readOnly = true)
	public ExpertView own(String expertId) {
		return view(find(expertId));
	}

	public ExpertView changeOwnProfile(String expertId, ExpertProfileInput input) {
		Expert expert = find(expertId);
		ExpertProfile profile = ExpertProfile.of(input.organisation(), input.country(), input.keywords(),
				input.topics(), input.maxProposalsPerCall());
		this.events.publishEvent(expert.changeProfile(profile));
		this.experts.save(expert);
		return view(expert);
	}

	public ExpertView withdraw(String expertId) {
		Expert expert = find(expertId);
		this.events.publishEvent(expert.withdraw(this.clock.instant()));
		this.experts.save(expert);
		this.directory.revokeRole(expertId, Roles.EVALUATORS);
		return view(expert);
	}

	public ExpertView approve(String officer, String expertId) {
		this.roles.requireOfficer(officer);
		Expert expert = find(expertId);
		this.events.publishEvent(expert.approve(officer, this.clock.instant()));
		this.experts.save(expert);
		this.directory.grantRole(expertId, Roles.EVALUATORS);
		return view(expert);
	}

	public ExpertView reject(String officer, String expertId, String reason) {
		this.roles.requireOfficer(officer);
		Expert expert = find(expertId);
		this.events.publishEvent(expert.reject(officer, reason, this.clock.instant()));
		this.experts.save(expert);
		this.directory.revokeRole(expertId, Roles.EVALUATORS);
		return view(expert);
	}

	/** Whether the user has an expert profile (approved or not). */
	@Transactional(readOnly = true)
	public boolean isExpert(String userId) {
		return userId != null && this.experts.findById(userId).isPresent();
	}

	private Expert find(String expertId) {
		return this.experts.findById(expertId)
			.orElseThrow(() -> new NotFoundException("No expert " + expertId + " in the pool"));
	}

	private ExpertView view(Expert expert) {
		return ExpertView.of(expert, this.directory.person(expert.userId()).orElse(null));
	}

	List<ExpertView> views(List<Expert> list) {
		Map<String, Person> people = people();
		return list.stream().map((expert) -> ExpertView.of(expert, people.get(expert.userId()))).toList();
	}

	/** Everybody registered as an expert, read once for a whole list. */
	Map<String, Person> people() {
		return this.directory.membersOf(Roles.EXPERTS)
			.stream()
			.collect(Collectors.toMap(Person::userId, Function.identity(), (a, b) -> a));
	}

}
