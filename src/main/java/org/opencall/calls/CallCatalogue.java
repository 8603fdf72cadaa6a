package org.opencall.calls;

import java.util.List;

import org.opencall.calls.domain.Call;
import org.opencall.calls.domain.CallRepository;
import org.opencall.identity.Programme;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading calls: the public ones for everybody, all of a programme's for its officers,
 * all of every programme for auditors; following a call to be mailed at each step.
 */
@Service
@Transactional(readOnly = true)
public class CallCatalogue {

	private final CallRepository calls;

	private final OfficerCalls officerCalls;

	CallCatalogue(CallRepository calls, OfficerCalls officerCalls) {
		this.calls = calls;
		this.officerCalls = officerCalls;
	}

	public List<CallView> publicCalls() {
		return this.officerCalls.views(this.calls.findPublic()).stream().map(CallView::publicView).toList();
	}

	/**
	 * A published call for anyone; a draft, and how a call was prepared and reviewed,
	 * only for its programme's officers and for auditors.
	 */
	public CallView call(String reference, String userId) {
		Call call = this.calls.findByReference(reference)
			.orElseThrow(() -> new NotFoundException("No call " + reference));
		if (userId != null
				&& (this.officerCalls.worksOn(userId, call.programmeCode()) || this.officerCalls.isAuditor(userId))) {
			return this.officerCalls.view(call);
		}
		if (!call.status().isPublic()) {
			throw new NotFoundException("No call " + reference);
		}
		return this.officerCalls.view(call).publicView();
	}

	/** A call of one of the officer's programmes, or any call for an auditor, in full. */
	public CallView officerCall(String userId, String reference) {
		return this.officerCalls.view(this.officerCalls.readable(userId, reference));
	}

	/** A call the officer may change; auditors and other programmes' officers may not. */
	public CallView callToChange(String officer, String reference) {
		return this.officerCalls.view(this.officerCalls.find(officer, reference));
	}

	/** The calls of the officer's programmes; of every programme for an auditor. */
	public List<CallView> callsOf(String userId) {
		List<String> codes = readableProgrammes(userId).stream().map(Programme::code).toList();
		return this.officerCalls.views(this.calls.findByProgrammes(codes));
	}

	/** The programmes the officer works on (and may act in); none for anybody else. */
	public List<Programme> programmesOf(String officer) {
		return this.officerCalls.programmes(officer);
	}

	/** The programmes whose calls the user reads: all of them for an auditor. */
	public List<Programme> readableProgrammes(String userId) {
		return this.officerCalls.readableProgrammes(userId);
	}

	/** Auditors read every call, submission and need, and change nothing. */
	public boolean isAuditor(String userId) {
		return this.officerCalls.isAuditor(userId);
	}

	public boolean isFollowing(String reference, String userId) {
		return this.calls.findByReference(reference)
			.map((call) -> this.calls.followers(call.id()).contains(userId))
			.orElse(false);
	}

	@Transactional
	public void follow(String reference, String userId, boolean follow) {
		if (this.officerCalls.isAuditor(userId)) {
			throw new ActionForbiddenException("Auditors change nothing, not even whom a call mails");
		}
		Call call = this.calls.findByReference(reference)
			.filter((c) -> c.status().isPublic())
			.orElseThrow(() -> new NotFoundException("No call " + reference));
		if (follow) {
			this.calls.follow(call.id(), userId);
		}
		else {
			this.calls.unfollow(call.id(), userId);
		}
	}

}
