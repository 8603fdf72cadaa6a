package org.opencall.contracting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.opencall.contracting.GrantTerms.Indicator;
import org.opencall.contracting.GrantTerms.Instalment;
import org.opencall.contracting.GrantTerms.Milestone;
import org.opencall.identity.Directory;
import org.opencall.identity.Person;
import org.opencall.identity.Programme;
import org.opencall.platform.PageFormat;
import org.opencall.platform.PdfReports;
import org.opencall.platform.ReportRows;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A grant agreement as a PDF, from {@code reports/grant-agreement.jrxml}: the terms in
 * force formatted for people ("€48,000", "1 February 2027", "After milestone 2: Mid-term
 * pilot report"), its milestones, payment plan and pilot indicators as tables, and the
 * {@link #DECLARATIONS} the company makes by accepting it, in the words its acceptance
 * form shows.
 */
@Component
public class GrantAgreementPdf {

	static final String TEMPLATE = "grant-agreement";

	/**
	 * What the company declares by accepting its grant agreement: the PDF lists them and
	 * the acceptance form shows the same words, so that both say one thing.
	 */
	public static final List<String> DECLARATIONS = List.of(
			"We accept the grant on the terms of this agreement and will carry out the project, its milestones and"
					+ " its pilot with the host organisation as this agreement and our proposal describe them.",
			"The information in our proposal and in our acceptance is true and complete; we will tell the programme"
					+ " at once of any change that affects the project, its budget or our eligibility.",
			"The costs of this project are not funded by any other grant: no cost is paid twice.",
			"We will process the pilot's personal and health data only as the host organisation and data protection"
					+ " law allow, and keep the project's records for five years after its end, open to the programme,"
					+ " its funder and their auditors.");

	static final String MILESTONES = "Milestones";

	static final String PAYMENTS = "Payment plan";

	static final String INDICATORS = "Pilot indicators";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final PdfReports reports;

	private final Function<String, Optional<String>> programmeNames;

	private final Function<String, Optional<String>> peopleNames;

	@Autowired
	public GrantAgreementPdf(PdfReports reports, Directory directory) {
		this(reports, (code) -> directory.programme(code).map(Programme::name),
				(userId) -> directory.person(userId).map(Person::displayName));
	}

	/**
	 * @param programmeNames a programme's name by its code
	 * @param peopleNames a person's name by their user id
	 */
	GrantAgreementPdf(PdfReports reports, Function<String, Optional<String>> programmeNames,
			Function<String, Optional<String>> peopleNames) {
		this.reports = reports;
		this.programmeNames = programmeNames;
		this.peopleNames = peopleNames;
	}

	/**
	 * The agreement the company is offered (or signed): its terms, the call's title and
	 * the last day on which the company may accept it.
	 */
	public byte[] render(GrantTerms terms, String callTitle, LocalDate acceptanceDeadline) {
		return this.reports.render(TEMPLATE, parameters(terms, callTitle, acceptanceDeadline), rows(terms));
	}

	/**
	 * When an instalment falls due, in words: "At signature", "After milestone 2:
	 * Mid-term pilot report".
	 */
	public static String whenDue(GrantTerms terms, Instalment instalment) {
		if (GrantTerms.AT_SIGNATURE.equals(instalment.trigger())) {
			return "At signature";
		}
		if (GrantTerms.AFTER_MILESTONE.equals(instalment.trigger()) && instalment.milestone() != null) {
			String title = terms.milestones()
				.stream()
				.filter((m) -> m.number() == instalment.milestone())
				.map(Milestone::title)
				.findFirst()
				.map((t) -> ": " + t)
				.orElse("");
			return "After milestone " + instalment.milestone() + title;
		}
		return instalment.trigger();
	}

	private Map<String, Object> parameters(GrantTerms terms, String callTitle, LocalDate acceptanceDeadline) {
		Map<String, Object> values = new HashMap<>();
		values.put("grantReference", terms.grantReference());
		values.put("agreementVersion", String.valueOf(terms.agreementVersion()));
		values.put("callReference", terms.callReference());
		values.put("callTitle", callTitle);
		values.put("programmeName", this.programmeNames.apply(terms.programmeCode()).orElse(terms.programmeCode()));
		values.put("company", terms.company());
		values.put("hostOrganisation", terms.hostOrganisation());
		values.put("proposalTitle", terms.title());
		values.put("submissionReference", terms.submissionReference());
		values.put("amount", PageFormat.moneyOf(terms.amount(), terms.currency()));
		values.put("period", date(terms.startDate()) + " to " + date(terms.endDate()));
		values.put("needs", terms.needReferences().isEmpty() ? null : String.join(", ", terms.needReferences()));
		values.put("acceptanceDeadline", date(acceptanceDeadline));
		values.put("preparedBy", person(terms.preparedBy()));
		values.put("approvedBy", person(terms.approvedBy()));
		values.put("declarations",
				String.join("\n",
						IntStream.range(0, DECLARATIONS.size())
							.mapToObj((i) -> (i + 1) + ". " + DECLARATIONS.get(i))
							.toList()));
		return values;
	}

	/** "Peter Novak (peter)": the name, and the user id that the audit trail shows. */
	private String person(String userId) {
		if (userId == null) {
			return null;
		}
		return this.peopleNames.apply(userId).map((name) -> name + " (" + userId + ")").orElse(userId);
	}

	/**
	 * One row per milestone, instalment and indicator, section by section: the template
	 * prints each section's heading once and its rows in its own columns.
	 */
	private static ReportRows<Map<String, String>> rows(GrantTerms terms) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (Milestone milestone : terms.milestones()) {
			rows.add(row(MILESTONES, "number", String.valueOf(milestone.number()), "title", milestone.title(),
					"deliverable", milestone.deliverable(), "dueDate", date(milestone.dueDate())));
		}
		for (Instalment instalment : terms.instalments()) {
			rows.add(row(PAYMENTS, "number", String.valueOf(instalment.number()), "title", whenDue(terms, instalment),
					"percent", number(instalment.percent()) + "%", "amount",
					PageFormat.moneyOf(instalment.amount(), terms.currency())));
		}
		for (Indicator indicator : terms.indicators()) {
			rows.add(row(INDICATORS, "title", indicator.name(), "unit", indicator.unit(), "baseline",
					number(indicator.baseline()), "target", number(indicator.target())));
		}
		ReportRows<Map<String, String>> report = ReportRows.of(rows.iterator());
		for (String field : List.of("section", "number", "title", "deliverable", "dueDate", "percent", "amount", "unit",
				"baseline", "target")) {
			report.column(field, (row) -> row.get(field));
		}
		return report;
	}

	private static Map<String, String> row(String section, String... namesAndValues) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("section", section);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			row.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return row;
	}

	/** "1 February 2027". */
	static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/** "40", "12.5", "1,250": as people write numbers, to two places at most. */
	static String number(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal shown = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
		return format.format(shown);
	}

}
