package org.opencall.calls;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencall.calls.domain.Call;
import org.opencall.calls.domain.CallRepository;
import org.opencall.identity.Directory;
import org.opencall.identity.Programme;
import org.opencall.identity.Roles;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Finds calls within an officer's programmes; a call of another programme does not exist
 * for them. Auditors read the calls of every programme and change none.
 */
@Component
class OfficerCalls {

	private final CallRepository calls;

	private final Directory directory;

	OfficerCalls(CallRepository calls, Directory directory) {
		this.calls = calls;
		this.directory = directory;
	}

	/**
	 * A call the officer may change: a programme officer's, of one of their programmes.
	 */
	Call find(String officer, String reference) {
		requireOfficer(officer);
		return this.calls.findByReference(reference)
			.filter((call) -> worksOn(officer, call.programmeCode()))
			.orElseThrow(() -> new NotFoundException("No call " + reference + " in your programmes"));
	}

	/** A call the user may read in full: their programme's, or any for an auditor. */
	Call readable(String userId, String reference) {
		return this.calls.findByReference(reference)
			.filter((call) -> isAuditor(userId) || worksOn(userId, call.programmeCode()))
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

	/**
	 * The programmes whose calls the user reads: an officer's own, all for an auditor.
	 */
	List<Programme> readableProgrammes(String userId) {
		return isAuditor(userId) ? this.directory.programmes() : programmes(userId);
	}

	boolean isAuditor(String userId) {
		return userId != null && this.directory.groupsOf(userId).contains(Roles.AUDITORS);
	}

	/** Auditors and everybody else who is no programme officer change no call. */
	void requireOfficer(String userId) {
		if (userId == null || !this.directory.groupsOf(userId).contains(Roles.PROGRAMME_OFFICERS)) {
			throw new ActionForbiddenException("Only programme officers change calls; auditors read them");
		}
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
