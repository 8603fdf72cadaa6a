package org.opencall.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Whether this node's job executor runs: timers, asynchronous steps and their retries
 * depend on it. Up when it is active, down when it should run and does not; a node
 * configured to run no jobs ({@code camunda.bpm.job-execution.enabled=false}) reports
 * {@code UNKNOWN}, which leaves the node's health as it is. The details say how many jobs
 * are due and how many have failed for good (each an incident for an admin), for every
 * node alike: jobs belong to the installation. Named so that it replaces the engine
 * starter's own indicator of the same name.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth extends AbstractHealthIndicator {

	private final JobExecutor jobExecutor;

	private final boolean enabled;

	private final OperationsFigures figures;

	JobExecutorHealth(ProcessEngine engine, OperationsFigures figures,
			@Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
		super("The job executor's health could not be checked");
		this.jobExecutor = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getJobExecutor();
		this.figures = figures;
		this.enabled = enabled;
	}

	@Override
	protected void doHealthCheck(Health.Builder health) {
		boolean active = this.jobExecutor != null && this.jobExecutor.isActive();
		if (active) {
			health.up();
		}
		else if (this.enabled) {
			health.down();
		}
		else {
			health.unknown().withDetail("reason", "this node runs no jobs (camunda.bpm.job-execution.enabled=false)");
		}
		health.withDetail("active", active);
		try {
			OperationsFigures.Reading reading = this.figures.current();
			health.withDetail("dueJobs", reading.dueJobs())
				.withDetail("failedJobs", reading.failedJobs())
				.withDetail("openIncidents", reading.openIncidents());
		}
		catch (DataAccessException ex) {
			// the database's own indicator says why; the executor's state stands
			health.withDetail("jobs", "unknown: the database did not answer");
		}
	}

}
