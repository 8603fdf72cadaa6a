package org.opencall.cocreation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.opencall.cocreation.domain.Indicator;
import org.opencall.cocreation.domain.Milestone;
import org.opencall.cocreation.domain.Pilot;
import org.opencall.cocreation.domain.PilotRepository;
import org.opencall.contracting.GrantProgress;
import org.opencall.needs.PilotOutcome;
import org.opencall.needs.PilotOutcomes;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-creation answers the upstream ports: contracting's question of what a grant has
 * released and accepted (so that an amendment respects it), and the need's trace's
 * question of the pilots that answer a need and how they ended.
 */
@Component
@Transactional(readOnly = true)
class PilotProgress implements GrantProgress, PilotOutcomes {

	private final PilotRepository pilots;

	PilotProgress(PilotRepository pilots) {
		this.pilots = pilots;
	}

	@Override
	public BigDecimal releasedAmount(String grantReference) {
		return this.pilots.findByGrantReference(grantReference)
			.map((p) -> p.ledger().released())
			.orElse(BigDecimal.ZERO);
	}

	@Override
	public Set<Integer> acceptedMilestones(String grantReference) {
		return this.pilots.findByGrantReference(grantReference)
			.map((p) -> p.milestones()
				.stream()
				.filter((m) -> m.acceptedAt() != null)
				.map(Milestone::number)
				.collect(Collectors.toUnmodifiableSet()))
			.orElse(Set.of());
	}

	@Override
	public List<PilotOutcome> ofNeed(String needReference) {
		return this.pilots.findByNeed(needReference).stream().map(PilotProgress::outcome).toList();
	}

	private static PilotOutcome outcome(Pilot pilot) {
		return new PilotOutcome(pilot.grantReference(), pilot.callReference(), pilot.submissionReference(),
				pilot.title(), pilot.company(), pilot.hostOrganisation(), pilot.status().name(), pilot.status().label(),
				(pilot.outcome() != null) ? pilot.outcome().name() : null,
				(pilot.outcome() != null) ? pilot.outcome().label() : null, pilot.closedAt(),
				pilot.indicators().stream().map(PilotProgress::result).toList());
	}

	private static PilotOutcome.IndicatorResult result(Indicator indicator) {
		return new PilotOutcome.IndicatorResult(indicator.name(), indicator.unit(), indicator.baseline(),
				indicator.target(), indicator.finalValue());
	}

}
