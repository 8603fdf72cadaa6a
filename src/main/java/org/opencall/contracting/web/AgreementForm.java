package org.opencall.contracting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.opencall.contracting.AgreementInput;
import org.opencall.contracting.GrantTerms;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

/**
 * The agreement's edit form (and the amendment request form): text as typed, so that a
 * badly typed number or date is refused beside its field in words; empty rows are left
 * out. Two empty rows are offered to add a milestone, an instalment or an indicator.
 */
public class AgreementForm {

	private String amount;

	private String startDate;

	private String durationMonths;

	private String hostOrganisationId;

	private List<String> needReferences = new ArrayList<>();

	private List<MilestoneRow> milestones = new ArrayList<>();

	private List<InstalmentRow> instalments = new ArrayList<>();

	private List<IndicatorRow> indicators = new ArrayList<>();

	private String reason;

	static AgreementForm of(GrantTerms terms) {
		AgreementForm form = new AgreementForm();
		if (terms != null) {
			form.amount = plain(terms.amount());
			form.startDate = (terms.startDate() != null) ? terms.startDate().toString() : "";
			form.durationMonths = (terms.startDate() != null && terms.endDate() != null)
					? String.valueOf(
							java.time.Period.between(terms.startDate(), terms.endDate().plusDays(1)).toTotalMonths())
					: "";
			form.hostOrganisationId = (terms.hostOrganisationId() != null) ? terms.hostOrganisationId().toString() : "";
			form.needReferences = new ArrayList<>(terms.needReferences());
			terms.milestones()
				.forEach((m) -> form.milestones.add(new MilestoneRow(m.title(), m.deliverable(),
						(m.dueDate() != null) ? m.dueDate().toString() : "")));
			terms.instalments()
				.forEach((i) -> form.instalments.add(new InstalmentRow(i.trigger(),
						(i.milestone() != null) ? String.valueOf(i.milestone()) : "", plain(i.percent()))));
			terms.indicators()
				.forEach((i) -> form.indicators
					.add(new IndicatorRow(i.name(), i.unit(), plain(i.baseline()), plain(i.target()))));
		}
		return form;
	}

	/** Adds the empty rows the page offers. */
	AgreementForm withEmptyRows() {
		for (int i = 0; i < 2; i++) {
			this.milestones.add(new MilestoneRow());
			this.instalments.add(new InstalmentRow());
			this.indicators.add(new IndicatorRow());
		}
		return this;
	}

	AgreementInput toInput() {
		List<FieldViolation> violations = new ArrayList<>();
		BigDecimal amountValue = decimal(violations, "amount", this.amount);
		LocalDate start = date(violations, "startDate", this.startDate);
		Integer duration = null;
		if (!blank(this.durationMonths)) {
			try {
				duration = Integer.valueOf(this.durationMonths.strip());
			}
			catch (NumberFormatException ex) {
				violations.add(new FieldViolation("durationMonths", "must be a whole number of months"));
			}
		}
		UUID host = null;
		if (!blank(this.hostOrganisationId)) {
			try {
				host = UUID.fromString(this.hostOrganisationId.strip());
			}
			catch (IllegalArgumentException ex) {
				violations.add(new FieldViolation("hostOrganisationId", "is not an organisation"));
			}
		}
		List<GrantTerms.Milestone> ms = new ArrayList<>();
		for (int i = 0; i < this.milestones.size(); i++) {
			MilestoneRow row = this.milestones.get(i);
			if (row.isEmpty()) {
				continue;
			}
			ms.add(new GrantTerms.Milestone(ms.size() + 1, row.getTitle(), row.getDeliverable(),
					date(violations, "milestones[" + i + "].dueDate", row.getDueDate())));
		}
		List<GrantTerms.Instalment> is = new ArrayList<>();
		for (int i = 0; i < this.instalments.size(); i++) {
			InstalmentRow row = this.instalments.get(i);
			if (row.isEmpty()) {
				continue;
			}
			Integer milestone = null;
			if (!blank(row.getMilestone())) {
				try {
					milestone = Integer.valueOf(row.getMilestone().strip());
				}
				catch (NumberFormatException ex) {
					violations
						.add(new FieldViolation("instalments[" + i + "].milestone", "must be a milestone number"));
				}
			}
			is.add(new GrantTerms.Instalment(is.size() + 1, row.getTrigger(), milestone,
					decimal(violations, "instalments[" + i + "].percent", row.getPercent()), null));
		}
		List<GrantTerms.Indicator> ids = new ArrayList<>();
		for (int i = 0; i < this.indicators.size(); i++) {
			IndicatorRow row = this.indicators.get(i);
			if (row.isEmpty()) {
				continue;
			}
			ids.add(new GrantTerms.Indicator(row.getName(), row.getUnit(),
					decimal(violations, "indicators[" + i + "].baseline", row.getBaseline()),
					decimal(violations, "indicators[" + i + "].target", row.getTarget())));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new AgreementInput(amountValue, start, duration, host, this.needReferences, ms, is, ids);
	}

	private static BigDecimal decimal(List<FieldViolation> violations, String field, String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			violations.add(new FieldViolation(field, "must be a number, such as 12500.50"));
			return null;
		}
	}

	private static LocalDate date(List<FieldViolation> violations, String field, String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			violations.add(new FieldViolation(field, "must be a date, such as 2027-10-01"));
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	public String getAmount() {
		return this.amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getStartDate() {
		return this.startDate;
	}

	public void setStartDate(String startDate) {
		this.startDate = startDate;
	}

	public String getDurationMonths() {
		return this.durationMonths;
	}

	public void setDurationMonths(String durationMonths) {
		this.durationMonths = durationMonths;
	}

	public String getHostOrganisationId() {
		return this.hostOrganisationId;
	}

	public void setHostOrganisationId(String hostOrganisationId) {
		this.hostOrganisationId = hostOrganisationId;
	}

	public List<String> getNeedReferences() {
		return this.needReferences;
	}

	public void setNeedReferences(List<String> needReferences) {
		this.needReferences = (needReferences != null) ? needReferences : new ArrayList<>();
	}

	public List<MilestoneRow> getMilestones() {
		return this.milestones;
	}

	public void setMilestones(List<MilestoneRow> milestones) {
		this.milestones = milestones;
	}

	public List<InstalmentRow> getInstalments() {
		return this.instalments;
	}

	public void setInstalments(List<InstalmentRow> instalments) {
		this.instalments = instalments;
	}

	public List<IndicatorRow> getIndicators() {
		return this.indicators;
	}

	public void setIndicators(List<IndicatorRow> indicators) {
		this.indicators = indicators;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	/** A milestone row: title, deliverable, due date. */
	public static class MilestoneRow {

		private String title;

		private String deliverable;

		private String dueDate;

		public MilestoneRow() {
		}

		MilestoneRow(String title, String deliverable, String dueDate) {
			this.title = title;
			this.deliverable = deliverable;
			this.dueDate = dueDate;
		}

		boolean isEmpty() {
			return blank(this.title) && blank(this.deliverable) && blank(this.dueDate);
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getDeliverable() {
			return this.deliverable;
		}

		public void setDeliverable(String deliverable) {
			this.deliverable = deliverable;
		}

		public String getDueDate() {
			return this.dueDate;
		}

		public void setDueDate(String dueDate) {
			this.dueDate = dueDate;
		}

	}

	/**
	 * An instalment row: at signature or after a milestone (by number), its share in %.
	 */
	public static class InstalmentRow {

		private String trigger;

		private String milestone;

		private String percent;

		public InstalmentRow() {
		}

		InstalmentRow(String trigger, String milestone, String percent) {
			this.trigger = trigger;
			this.milestone = milestone;
			this.percent = percent;
		}

		boolean isEmpty() {
			return blank(this.milestone) && blank(this.percent);
		}

		public String getTrigger() {
			return this.trigger;
		}

		public void setTrigger(String trigger) {
			this.trigger = trigger;
		}

		public String getMilestone() {
			return this.milestone;
		}

		public void setMilestone(String milestone) {
			this.milestone = milestone;
		}

		public String getPercent() {
			return this.percent;
		}

		public void setPercent(String percent) {
			this.percent = percent;
		}

	}

	/** An indicator row: name, unit, baseline, target. */
	public static class IndicatorRow {

		private String name;

		private String unit;

		private String baseline;

		private String target;

		public IndicatorRow() {
		}

		IndicatorRow(String name, String unit, String baseline, String target) {
			this.name = name;
			this.unit = unit;
			this.baseline = baseline;
			this.target = target;
		}

		boolean isEmpty() {
			return blank(this.name) && blank(this.unit) && blank(this.baseline) && blank(this.target);
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getUnit() {
			return this.unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public String getBaseline() {
			return this.baseline;
		}

		public void setBaseline(String baseline) {
			this.baseline = baseline;
		}

		public String getTarget() {
			return this.target;
		}

		public void setTarget(String target) {
			this.target = target;
		}

	}

}
