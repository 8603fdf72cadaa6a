package org.opencall.calls;

import java.util.List;

import org.opencall.calls.domain.Call;
import org.opencall.calls.domain.CallRepository;
import org.opencall.identity.Programme;
import org.opencall.platform.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading calls: the public ones for everybody, all of a programme's for its officers;
 * following a call to be mailed at each step.
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

	/** A published call for anyone; a draft only for its programme's officers. */
	public CallView call(String reference, String userId) {
		Call call = this.calls.findByReference(reference)
			.orElseThrow(() -> new NotFoundException("No call " + reference));
		if (userId != null && this.officerCalls.worksOn(userId, call.programmeCode())) {
			return this.officerCalls.view(call);
		}
		if (!call.status().isPublic()) {
			throw new NotFoundException("No call " + reference);
		}
		return this.officerCalls.view(call).publicView();
	}

	/** A call of one of the officer's programmes, in full. */
	public CallView officerCall(String officer, String reference) {
		return this.officerCalls.view(this.officerCalls.find(officer, reference));
	}

	public List<CallView> callsOf(String officer) {
		List<String> codes = programmesOf(officer).stream().map(Programme::code).toList();
		return this.officerCalls.views(this.calls.findByProgrammes(codes));
	}

	public List<Programme> programmesOf(String officer) {
		return this.officerCalls.programmes(officer);
	}

	public boolean isFollowing(String reference, String userId) {
		return this.calls.findByReference(reference)
			.map((call) -> this.calls.followers(call.id()).contains(userId))
			.orElse(false);
	}

	@Transactional
	public void follow(String reference, String userId, boolean follow) {
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
