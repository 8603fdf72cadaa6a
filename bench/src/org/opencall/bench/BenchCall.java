package org.opencall.bench;

import java.math.BigDecimal;

import org.opencall.calls.CallDraft;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallFixtures;
import org.opencall.calls.CallReview;
import org.opencall.calls.CallView;
import org.opencall.calls.ReviewDecision;
import org.opencall.submissions.SubmissionFixtures;

import org.springframework.context.ApplicationContext;

/**
 * The whole-call benchmark's call: the founding programme's remote-monitoring call with a
 * budget for about a sixth of what {@code proposals} proposals of €48,000 ask, and a
 * consensus round only where the experts' scores diverge by more than a point, approved
 * and opened by its timer.
 */
final class BenchCall {

	/** What each proposal of the benchmark asks (the fixtures' home-monitoring one). */
	static final BigDecimal REQUESTED = new BigDecimal("48000");

	private BenchCall() {
	}

	static CallView open(ApplicationContext context, int proposals) {
		CallDraft remote = CallFixtures.remoteMonitoring();
		String reference = CallFixtures.newReference();
		BigDecimal budget = REQUESTED.multiply(BigDecimal.valueOf(Math.max(6, proposals / 6)));
		CallDraft draft = new CallDraft(remote.title(), remote.description(), remote.challenges(), budget,
				remote.maxGrant(), remote.currency(), remote.opening(), remote.deadline(), remote.timeZone(),
				remote.evaluatorsPerSubmission(), remote.criteria(), remote.overallThreshold(), remote.eligibility(),
				new CallDraft.Evaluation(null, "ON_DIVERGENCE", BigDecimal.ONE, null, null, null, null, null),
				remote.selection());
		context.getBean(CallDrafting.class).draft("olivia", CallFixtures.FOUNDING, reference, draft);
		context.getBean(CallDrafting.class).submitForApproval("olivia", reference);
		CallView approved = context.getBean(CallReview.class).review("oscar", reference, ReviewDecision.APPROVE, null);
		context.getBean(SubmissionFixtures.class).fireNextTimer(reference);
		return approved;
	}

}
