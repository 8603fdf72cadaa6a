package org.opencall.reporting.domain;

import java.util.List;

import org.opencall.platform.Audited;

/** What happened to a call's reports to the funder, in the past tense. */
public final class ReportingEvents {

	private ReportingEvents() {
	}

	public record FunderReportPrepared(String callReference, int number, String kind, int round) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.callReference);
		}

		@Override
		public String auditActor() {
			return null;
		}

	}

	public record FunderReportApproved(String callReference, int number, String officer,
			String comment) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.callReference);
		}

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record FunderReportSentBack(String callReference, int number, String officer,
			String reason) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.callReference);
		}

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record FunderReportCorrected(String callReference, int number, String officer,
			String note) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.callReference);
		}

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record FunderReportMailed(String callReference, int number, String address) implements Audited {

		@Override
		public List<String> auditSubjects() {
			return List.of(this.callReference);
		}

		@Override
		public String auditActor() {
			return null;
		}

	}

}
