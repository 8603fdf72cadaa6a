package org.opencall.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs the engine's due jobs as its job executor would (the benchmarks keep it off so
 * that only what they send runs): pages of due jobs on several threads, the jobs of one
 * process instance one after the other as exclusive jobs run, until none is due. A job
 * that loses a race with another transaction is left for the next page, as the job
 * executor retries it; any other failure stops the benchmark, since seeding that leaves
 * incidents behind would measure a different call.
 */
final class DueJobs {

	private static final int PAGE = 2_000;

	private DueJobs() {
	}

	/** Runs every due job and those they make due; answers how many ran. */
	static int run(ManagementService management, int threads) throws Exception {
		AtomicInteger ran = new AtomicInteger();
		while (true) {
			Map<String, List<String>> byInstance = new LinkedHashMap<>();
			for (Job job : management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, PAGE)) {
				byInstance.computeIfAbsent(job.getProcessInstanceId(), (k) -> new ArrayList<>()).add(job.getId());
			}
			if (byInstance.isEmpty()) {
				return ran.get();
			}
			List<List<String>> instances = new ArrayList<>(byInstance.values());
			Load.parallel(threads, instances.size(), (i) -> {
				for (String job : instances.get(i)) {
					try {
						management.executeJob(job);
						ran.incrementAndGet();
					}
					catch (OptimisticLockingException raced) {
						// due again on the next page
					}
				}
			});
		}
	}

}
