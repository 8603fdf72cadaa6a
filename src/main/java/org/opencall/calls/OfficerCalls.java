package org.opencall.calls;

import java.util.List;
import java.util.UUID;

import org.opencall.calls.domain.Call;
import org.opencall.calls.domain.CallRepository;
import org.opencall.identity.Directory;
import org.opencall.identity.Programme;
import org.opencall.platform.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Finds calls within an officer's programmes; a call of another programme does not exist
 * for them.
 */
@Component
class OfficerCalls {

	private final CallRepository calls;

	private final Directory directory;

	OfficerCalls(CallRepository calls, Directory directory) {
		this.calls = calls;
		this.directory = directory;
	}

	Call find(String officer, String reference) {
		return this.calls.findByReference(reference)
			.filter((call) -> worksOn(officer, call.programmeCode()))
			.orElseThrow(() -> new NotFoundException("No call " + reference + " in your programmes"));
	}

	Call byId(UUID id) {
		return this.calls.findById(id).orElseThrow(() -> new NotFoundException("No call " + id));
	}

	boolean worksOn(String officer, String programmeCode) {
		return programmes(officer).stream().anyMatch((p) -> p.code().equals(programmeCode));
	}

	List<Programme> programmes(String officer) {
		return (officer != null) ? this.directory.programmesOf(officer) : List.of();
	}

	CallView view(Call call) {
		String name = this.directory.programme(call.programmeCode()).map(Programme::name).orElse(call.programmeCode());
		return CallView.of(call, name);
	}

}
