package org.opencall.bench;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.opencall.calls.CallView;
import org.opencall.calls.process.CallLifecycleProcess;
import org.opencall.submissions.EligibilityDecision;
import org.opencall.submissions.process.SubmissionProcess;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole call's deadline and its admissibility checks, as seeding between intake and
 * evaluation: the bare side's {@code submission} instances are removed, the engine clock
 * moves past the deadline, the engine's due jobs run (each submission's acknowledgement,
 * the call's closing, every submission's deadline and eligibility rules), and an officer
 * finds every proposal admissible through the product's use case, until the call waits
 * for its experts' assignment.
 */
final class CallClosing {

	private final ApplicationContext context;

	private final Table table;

	private final int threads;

	CallClosing(ApplicationContext context, Table table, int threads) {
		this.context = context;
		this.table = table;
		this.threads = threads;
	}

	void close(CallView call, JdbcTemplate jdbc) throws Exception {
		RuntimeService runtime = this.context.getBean(RuntimeService.class);
		ManagementService management = this.context.getBean(ManagementService.class);

		long phase = System.nanoTime();
		List<String> bare = runtime.createProcessInstanceQuery()
			.processDefinitionKey(SubmissionProcess.KEY)
			.processInstanceBusinessKeyLike("BARE-%")
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.toList();
		for (int from = 0; from < bare.size(); from += 500) {
			runtime.deleteProcessInstances(bare.subList(from, Math.min(bare.size(), from + 500)),
					"the intake benchmark's bare side", true, true);
		}
		CallBenchmark.log("%,d bare submission instances removed in %.0f s", bare.size(), CallBenchmark.seconds(phase));

		ClockUtil.setCurrentTime(Date.from(call.deadline().plusSeconds(60)));
		phase = System.nanoTime();
		int jobs = DueJobs.run(management, this.threads);
		double deadlineSeconds = CallBenchmark.seconds(phase);
		CallBenchmark.log("deadline: %,d jobs in %.0f s", jobs, deadlineSeconds);

		List<String> admissibility = jdbc.queryForList(
				"select e.business_key_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
						+ " where t.task_def_key_ = ? order by e.business_key_",
				String.class, SubmissionProcess.TASK_CHECK_ADMISSIBILITY);
		EligibilityDecision eligibility = this.context.getBean(EligibilityDecision.class);
		phase = System.nanoTime();
		Load.parallel(this.threads, admissibility.size(),
				(i) -> eligibility.decide("oscar", admissibility.get(i), true, null));
		int afterwards = DueJobs.run(management, this.threads);
		double decisionSeconds = CallBenchmark.seconds(phase);
		long waiting = this.context.getBean(TaskService.class)
			.createTaskQuery()
			.processDefinitionKey(CallLifecycleProcess.KEY)
			.processInstanceBusinessKey(call.reference())
			.taskDefinitionKey(CallLifecycleProcess.TASK_ASSIGN_EXPERTS)
			.count();
		if (waiting != 1) {
			throw new IllegalStateException("the call does not wait for its assignment after its admissibility checks");
		}
		CallBenchmark.log("%,d proposals found admissible in %.0f s", admissibility.size(), decisionSeconds);
		this.table.section("Deadline and admissibility (seeding: the engine's jobs, an officer's use case)");
		this.table.value("jobs run at the deadline (acknowledgements, closing, deadlines, eligibility rules)",
				String.format("%,d in %.0f s (%.1f/s)", jobs, deadlineSeconds, jobs / deadlineSeconds), "");
		this.table.value("admissibility decisions (" + this.threads + " threads; each locks the call to count the rest)",
				String.format("%,d in %.0f s (%.1f/s), then %,d jobs", admissibility.size(), decisionSeconds,
						admissibility.size() / decisionSeconds, afterwards),
				"");
	}

}
