package org.opencall.reporting;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.identity.Directory;
import org.opencall.identity.Programme;
import org.opencall.identity.Roles;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;

import org.springframework.stereotype.Service;

/**
 * Which calls a reader finds reports of: programme officers those of their programmes,
 * auditors those of every programme; nobody else any. A call of another programme does
 * not exist for an officer, as everywhere else.
 */
@Service
public class CallReports {

	private final CallCatalogue calls;

	private final Directory directory;

	CallReports(CallCatalogue calls, Directory directory) {
		this.calls = calls;
		this.directory = directory;
	}

	/** The programmes whose reports the user reads. */
	public List<Programme> programmes(String userId) {
		requireReader(userId);
		return this.calls.readableProgrammes(userId);
	}

	/**
	 * The user's calls of that programme (any of theirs when none is named) open at some
	 * time in the period, by deadline; an empty list when there are none.
	 */
	public List<CallView> calls(String userId, String programmeCode, ReportPeriod period) {
		requireReader(userId);
		boolean known = programmeCode == null
				|| this.calls.readableProgrammes(userId).stream().anyMatch((p) -> p.code().equals(programmeCode));
		if (!known) {
			throw InvalidInputException.of("programme", "is not a programme whose reports you read");
		}
		return this.calls.callsOf(userId)
			.stream()
			.filter((call) -> programmeCode == null || call.programmeCode().equals(programmeCode))
			.filter((call) -> period.covers(call.opensAt(), call.deadline(), ZoneId.of(call.timeZone())))
			.sorted((a, b) -> a.deadline().compareTo(b.deadline()))
			.toList();
	}

	/** A call whose reports the user reads; 404 in words when there is none for them. */
	public CallView call(String userId, String callReference) {
		requireReader(userId);
		return this.calls.officerCall(userId, callReference);
	}

	void requireReader(String userId) {
		Set<String> groups = this.directory.groupsOf(userId);
		if (!groups.contains(Roles.PROGRAMME_OFFICERS) && !groups.contains(Roles.AUDITORS)) {
			throw new ActionForbiddenException("Reports are for programme officers and auditors");
		}
	}

}
