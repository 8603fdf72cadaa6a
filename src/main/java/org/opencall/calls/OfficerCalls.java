package org.opencall.calls;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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

	Call byReference(String reference) {
		return this.calls.findByReference(reference).orElseThrow(() -> new NotFoundException("No call " + reference));
	}

	boolean worksOn(String officer, String programmeCode) {
		return programmes(officer).stream().anyMatch((p) -> p.code().equals(programmeCode));
	}

	List<Programme> programmes(String officer) {
		return (officer != null) ? this.directory.programmesOf(officer) : List.of();
	}

	CallView view(Call call) {
		return views(List.of(call)).get(0);
	}

	/** Views of calls with their programmes' names, read once for the whole list. */
	List<CallView> views(List<Call> calls) {
		Map<String, String> names = this.directory.programmes()
			.stream()
			.collect(Collectors.toMap(Programme::code, Programme::name));
		return calls.stream()
			.map((call) -> CallView.of(call, names.getOrDefault(call.programmeCode(), call.programmeCode())))
			.toList();
	}

}
