package org.opencall.audit;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.opencall.ApiTest;
import org.opencall.needs.NeedFixtures;
import org.opencall.needs.NeedSubmission;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine forgets a finished instance's history once its removal time has come, in the
 * cleanup window of the settings; the audit records of the same subject stay, and the
 * chain still verifies.
 */
class RetentionApiTest extends ApiTest {

	@Autowired
	NeedSubmission needs;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@Autowired
	DomainRecords records;

	@Autowired
	ChainVerification verification;

	@Test
	void theEngineCleansHistoryUpOnlyInTheNightlyWindowOfTheSettings() {
		assertThat(this.engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
		assertThat(this.engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
		assertThat(this.engine.getHistoryRemovalTimeStrategy()).isEqualTo("end");
		assertThat(this.engine.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
	}

	@Test
	void auditRecordsOutliveTheEnginesHistoryOfTheirSubject() {
		String need = this.needs.submit("nora", NeedFixtures.heartFailureAtHome(), List.of());
		String instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(need)
			.singleResult()
			.getId();
		this.runtime.deleteProcessInstance(instance, "withdrawn for the retention test");
		Batch removal = this.history.setRemovalTimeToHistoricProcessInstances()
			.absoluteRemovalTime(new Date(System.currentTimeMillis() - 86_400_000L))
			.byIds(instance)
			.executeAsync();
		runBatch(removal);

		String cleanup = this.history.cleanUpHistoryAsync(true).getId();
		this.management.executeJob(cleanup);

		assertThat(this.history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isZero();
		assertThat(this.history.createHistoricActivityInstanceQuery().processInstanceId(instance).count()).isZero();
		assertThat(this.records.about(need)).extracting(DomainRecord::kind).contains("NeedSubmitted");
		assertThat(this.verification.verify().verified()).isTrue();
	}

	private void runBatch(Batch batch) {
		for (int round = 0; round < 10; round++) {
			List<Job> jobs = this.management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).list();
			jobs.addAll(this.management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list());
			if (jobs.isEmpty()) {
				break;
			}
			jobs.forEach((job) -> this.management.executeJob(job.getId()));
		}
		this.management.createJobQuery()
			.jobDefinitionId(batch.getMonitorJobDefinitionId())
			.list()
			.forEach((job) -> this.management.executeJob(job.getId()));
	}

}
