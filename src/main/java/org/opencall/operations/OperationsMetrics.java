package org.opencall.operations;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The installation's gauges, each read from {@link OperationsFigures}: open tasks per
 * phase (one series per process model, tagged with its phase), the outbox's pending and
 * failed mail, failed jobs and open incidents. Models the design does not name (deployed
 * by an admin) count as phase {@code other}.
 */
@Component
class OperationsMetrics implements MeterBinder {

	/** The phase of each process model of {@code bpmn/}, by its key. */
	static final Map<String, String> PHASES = phases();

	static final String OTHER = "other";

	private final OperationsFigures figures;

	OperationsMetrics(OperationsFigures figures) {
		this.figures = figures;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		PHASES.forEach((process, phase) -> Gauge
			.builder("opencall.tasks.open", this.figures, (figures) -> figures.current().openTasks(process))
			.description("Open user tasks of the process model's instances")
			.tag("phase", phase)
			.tag("process", process)
			.register(registry));
		Gauge.builder("opencall.tasks.open", this.figures, OperationsMetrics::otherTasks)
			.description("Open user tasks of the process model's instances")
			.tag("phase", OTHER)
			.tag("process", OTHER)
			.register(registry);
		for (String status : new String[] { "pending", "failed" }) {
			Gauge.builder("opencall.mail.outbox", this.figures, (figures) -> figures.current().mail(status))
				.description("Mail in the outbox: pending (not sent yet, retried with back-off) or failed"
						+ " (given up after the last attempt)")
				.tag("status", status)
				.register(registry);
		}
		Gauge.builder("opencall.jobs.failed", this.figures, (figures) -> figures.current().failedJobs())
			.description("Engine jobs without retries left")
			.register(registry);
		Gauge.builder("opencall.jobs.due", this.figures, (figures) -> figures.current().dueJobs())
			.description("Engine jobs due now that no job executor has run yet")
			.register(registry);
		Gauge.builder("opencall.incidents.open", this.figures, (figures) -> figures.current().openIncidents())
			.description("Open engine incidents, waiting for an admin")
			.register(registry);
	}

	private static double otherTasks(OperationsFigures figures) {
		return figures.current()
			.openTasksByProcess()
			.entrySet()
			.stream()
			.filter((entry) -> !PHASES.containsKey(entry.getKey()))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	private static Map<String, String> phases() {
		Map<String, String> phases = new LinkedHashMap<>();
		phases.put("needs-identification", "needs-identification");
		phases.put("call-lifecycle", "publication");
		phases.put("submission", "submission");
		phases.put("expert-invitation", "evaluation");
		phases.put("evaluation", "evaluation");
		phases.put("selection", "selection");
		phases.put("redress", "selection");
		phases.put("contracting", "contracting");
		phases.put("co-creation", "co-creation");
		phases.put("reporting", "reporting");
		return Map.copyOf(phases);
	}

}
