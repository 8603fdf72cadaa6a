package org.opencall.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.RuntimeService;

import org.opencall.needs.NeedFixtures;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.SubmissionFixtures;

/**
 * The two sides of the intake benchmarks: a prepared proposal submitted through the HTTP
 * API with HTTP Basic and an idempotency key, and the bare engine starting the same
 * {@code submission} process with the variables the application starts it with.
 */
final class Intake {

	private final String call;

	private final List<Draft> drafts;

	/** Submissions that did not answer 200. */
	final AtomicInteger refused = new AtomicInteger();

	private Intake(String call, List<Draft> drafts) {
		this.call = call;
		this.drafts = drafts;
	}

	/**
	 * Drafts {@code count} proposals of alice and bob in the call, each with its two
	 * documents (not measured), on {@code threads} threads.
	 */
	static Intake prepare(ProposalDrafting drafting, String call, int count, int threads) throws Exception {
		Draft[] drafts = new Draft[count];
		Load.parallel(threads, count, (i) -> {
			String applicant = (i % 2 == 0) ? "alice" : "bob";
			String reference = drafting.draft(applicant, call, SubmissionFixtures.homeMonitoring());
			drafting.upload(applicant, reference, "technical-proposal", "proposal.pdf", NeedFixtures.pdf());
			drafting.upload(applicant, reference, "budget", "budget.pdf", NeedFixtures.pdf());
			drafts[i] = new Draft(applicant, reference);
		});
		return new Intake(call, new ArrayList<>(List.of(drafts)));
	}

	Draft draft(int index) {
		return this.drafts.get(index);
	}

	int size() {
		return this.drafts.size();
	}

	/** Submits draft i through the HTTP API; answers the status. */
	int submit(KeepAliveClient http, int index) throws Exception {
		Draft draft = this.drafts.get(index);
		int status = http.send("POST", "/api/submissions/" + draft.reference() + "/submission", Map.of("Authorization",
				BenchApplication.basic(draft.applicant()), "Idempotency-Key", "bench-" + draft.reference()));
		if (status != 200) {
			this.refused.incrementAndGet();
		}
		return status;
	}

	/** Submits draft i through the HTTP API. */
	Load.Step submitting(KeepAliveClient http) {
		return (i) -> submit(http, i);
	}

	/** Starts the {@code submission} process as the application does, keyed BARE-i. */
	Load.Step starting(RuntimeService runtimeService) {
		return (i) -> {
			Map<String, Object> variables = new HashMap<>();
			variables.put("submissionReference", "BARE-" + i);
			variables.put("submissionTitle", "Bare engine start");
			variables.put("callReference", this.call);
			runtimeService.startProcessInstanceByKey("submission", "BARE-" + i, variables);
		};
	}

	/** A drafted proposal and the applicant who submits it. */
	record Draft(String applicant, String reference) {
	}

}
