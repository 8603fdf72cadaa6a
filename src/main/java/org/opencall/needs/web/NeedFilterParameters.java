package org.opencall.needs.web;

import java.util.UUID;

import org.opencall.needs.domain.CareSetting;
import org.opencall.needs.domain.NeedRepository.NeedFilter;
import org.opencall.needs.domain.NeedStatus;
import org.opencall.needs.domain.Urgency;

/**
 * The backlog's filters as query parameters; blank means any. Status defaults to
 * validated needs, the backlog proper.
 */
record NeedFilterParameters(NeedStatus status, CareSetting careSetting, Urgency urgency, UUID organisation) {

	NeedFilter toFilter() {
		return new NeedFilter(this.status, this.careSetting, this.urgency, this.organisation);
	}

}
