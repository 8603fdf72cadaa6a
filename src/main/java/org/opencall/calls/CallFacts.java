package org.opencall.calls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.opencall.calls.ProposalCounts.Proposals;
import org.opencall.platform.PageFormat;

/**
 * What a home page says about a call: its dates in the call's time zone with the time
 * left, its proposals, who prepared and reviewed it, and what an officer does next.
 */
final class CallFacts {

	private final PageFormat format;

	CallFacts(PageFormat format) {
		this.format = format;
	}

	List<String> forOfficer(CallSummary call, Proposals proposals) {
		List<String> facts = new ArrayList<>();
		facts.add(call.programmeName());
		if (!call.status().isPublic() || call.status() == CallState.SCHEDULED) {
			facts.add("Opens " + when(call.opensAt(), call));
		}
		facts.add("Deadline " + when(call.deadline(), call));
		if (call.status() != CallState.SCHEDULED && call.status().isPublic()) {
			int submitted = (proposals != null) ? proposals.submitted() : 0;
			facts.add(count(submitted, "proposal", "proposals") + " submitted");
			if (call.status() == CallState.CLOSED && proposals != null && proposals.awaitingEligibility() > 0) {
				facts.add(count(proposals.awaitingEligibility(), "eligibility check", "eligibility checks") + " due");
			}
		}
		return facts;
	}

	List<String> forAuditor(CallSummary call, Proposals proposals) {
		List<String> facts = forOfficer(call, proposals);
		String prepared = "Prepared by " + String.join(", ", call.preparedBy().stream().sorted().toList());
		facts.add((call.reviewedBy() != null) ? prepared + "; reviewed by " + call.reviewedBy() : prepared);
		return facts;
	}

	/** The officer's next step on the call, or null when it waits for nobody of them. */
	String nextStep(String officer, CallSummary call, Proposals proposals) {
		return switch (call.status()) {
			case DRAFT -> "Finish the draft and submit it for approval";
			case SENT_BACK -> "Revise it as the reviewer asked and submit it again";
			case AWAITING_APPROVAL -> call.preparedBy().contains(officer)
					? "Nothing for you: a second officer of the programme approves it or sends it back"
					: "Review it: approve it or send it back";
			case CLOSED -> closedStep(proposals);
			case IN_EVALUATION -> "Follow its evaluation: who has scored, what is overdue, how the experts compare";
			case EVALUATED -> "Rank its proposals with the panel and propose the funding decision";
			case SCHEDULED, OPEN, DECIDED -> null;
		};
	}

	private static String closedStep(Proposals proposals) {
		if (proposals == null) {
			return null;
		}
		if (proposals.awaitingEligibility() > 0) {
			return "Check the eligibility of " + count(proposals.awaitingEligibility(), "proposal", "proposals");
		}
		return (proposals.eligible() > 0)
				? "Assign experts to its " + count(proposals.eligible(), "eligible proposal", "eligible proposals")
						+ ", then confirm the assignment"
				: null;
	}

	private String when(Instant instant, CallSummary call) {
		return this.format.dateTime(instant, call.timeZone()) + ", " + this.format.timeLeft(instant);
	}

	static String count(int n, String one, String many) {
		return n + " " + ((n == 1) ? one : many);
	}

}
