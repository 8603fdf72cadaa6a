package org.opencall.needs.web;

import java.util.UUID;

import org.opencall.needs.NeedFilter;
import org.opencall.needs.NeedState;
import org.opencall.needs.domain.CareSetting;
import org.opencall.needs.domain.NeedStatus;
import org.opencall.needs.domain.Urgency;

/**
 * The backlog's filters as query parameters; blank means any, a value that is no choice
 * is refused.
 */
record NeedFilterParameters(NeedStatus status, CareSetting careSetting, Urgency urgency, UUID organisation) {

	NeedFilter toFilter() {
		return new NeedFilter((this.status != null) ? NeedState.valueOf(this.status.name()) : null,
				(this.careSetting != null) ? this.careSetting.name() : null,
				(this.urgency != null) ? this.urgency.name() : null, this.organisation);
	}

}
