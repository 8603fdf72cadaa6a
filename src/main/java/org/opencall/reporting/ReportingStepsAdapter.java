package org.opencall.reporting;

import java.util.Map;

import org.opencall.reporting.domain.FunderReport.Kind;
import org.opencall.reporting.process.ReportingSteps;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting module's answer to its process: the steps {@code reporting} takes, on the
 * use case that applies them.
 */
@Component
@Transactional
class ReportingStepsAdapter implements ReportingSteps {

	private final FunderReporting reporting;

	ReportingStepsAdapter(FunderReporting reporting) {
		this.reporting = reporting;
	}

	@Override
	public String officersGroup(String callReference) {
		return this.reporting.officersGroup(callReference);
	}

	@Override
	public String schedule(String callReference) {
		return this.reporting.cycle(callReference);
	}

	@Override
	public int preparePeriodic(String callReference) {
		return this.reporting.prepare(callReference, Kind.PERIODIC);
	}

	@Override
	public int prepareFinal(String callReference) {
		return this.reporting.prepare(callReference, Kind.FINAL);
	}

	@Override
	public Map<String, Object> taskContext(String callReference, int reportNumber) {
		return this.reporting.taskContext(callReference, reportNumber);
	}

	@Override
	public void review(String callReference, int reportNumber, String officer, String decision, String comment) {
		this.reporting.recordReview(callReference, reportNumber, officer, decision, comment);
	}

	@Override
	public void correct(String callReference, int reportNumber, String officer, String note) {
		this.reporting.recordCorrection(callReference, reportNumber, officer, note);
	}

	@Override
	public boolean isApproved(String callReference, int reportNumber) {
		return this.reporting.isApproved(callReference, reportNumber);
	}

	@Override
	public void mail(String callReference, int reportNumber) {
		this.reporting.mail(callReference, reportNumber);
	}

}
