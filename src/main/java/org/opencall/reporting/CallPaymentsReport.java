package org.opencall.reporting;

import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Stream;

import org.opencall.platform.CsvTable;
import org.opencall.calls.CallView;
import org.opencall.cocreation.CallLedger;
import org.opencall.cocreation.PilotQueries;
import org.opencall.cocreation.PilotView.PaymentView;
import org.opencall.platform.PdfReports;
import org.opencall.platform.ReportRows;

import org.springframework.stereotype.Component;

/**
 * A call's payments ledger: every instalment of every signed grant (grant, company,
 * instalment, amount, status, when due, when released and by whom) and the totals —
 * committed (what the grants hold), paid (released), due, planned and remaining — from
 * co-creation's ledger. A call has as many grants as its budget funds: a handful, each
 * read in turn.
 */
@Component
class CallPaymentsReport implements CallReport {

	private final PdfReports reports;

	private final PilotQueries pilots;

	private final Clock clock;

	CallPaymentsReport(PdfReports reports, PilotQueries pilots, Clock clock) {
		this.reports = reports;
		this.pilots = pilots;
		this.clock = clock;
	}

	@Override
	public CallReportKind kind() {
		return CallReportKind.PAYMENTS;
	}

	@Override
	public void pdf(String userId, CallView call, OutputStream pdf) {
		ZoneId zone = ZoneId.of(call.timeZone());
		CallLedger ledger = this.pilots.ledgerOfCall(userId, call.reference());
		String currency = call.currency();
		Map<String, Object> values = ReportFormat.callHeading(call, this.clock, zone);
		values.put("grants", ledger.grants().size());
		values.put("committed", ReportFormat.money(ledger.total().amount(), currency));
		values.put("paid", ReportFormat.money(ledger.total().released(), currency));
		values.put("due", ReportFormat.money(ledger.total().due(), currency));
		values.put("planned", ReportFormat.money(ledger.total().planned(), currency));
		values.put("remaining", ReportFormat.money(ledger.total().remaining(), currency));
		this.reports.render(CallReportKind.PAYMENTS.template(), values,
				ReportRows.<Instalment>of(instalments(userId, ledger).iterator())
					.column("grant", Instalment::grant)
					.column("company", Instalment::company)
					.column("instalment", (i) -> i.payment().number() + " · " + i.payment().triggerLabel())
					.column("share", (i) -> ReportFormat.score(i.payment().percent()) + " %")
					.column("amount", (i) -> ReportFormat.money(i.payment().amount(), i.currency()))
					.column("status", (i) -> i.payment().statusLabel())
					.column("dueAt", (i) -> ReportFormat.moment(i.payment().dueAt(), zone))
					.column("releasedAt", (i) -> ReportFormat.moment(i.payment().releasedAt(), zone))
					.column("releasedBy", (i) -> i.payment().releasedBy()),
				pdf);
	}

	@Override
	public void csv(String userId, CallView call, Writer csv) {
		ZoneId zone = ZoneId.of(call.timeZone());
		CallLedger ledger = this.pilots.ledgerOfCall(userId, call.reference());
		CsvTable table = new CsvTable(csv, "Grant", "Company", "Instalment", "Trigger", "Share (%)", "Amount",
				"Currency", "Status", "Due at", "Released at", "Released by");
		instalments(userId, ledger).forEach((i) -> table.text(i.grant())
			.text(i.company())
			.number(i.payment().number())
			.text(i.payment().triggerLabel())
			.number(i.payment().percent())
			.number(i.payment().amount())
			.text(i.currency())
			.text(i.payment().statusLabel())
			.moment(i.payment().dueAt(), zone)
			.moment(i.payment().releasedAt(), zone)
			.text(i.payment().releasedBy())
			.end());
		String currency = call.currency();
		total(table, "Total committed", ledger.total().amount(), currency);
		total(table, "Total paid", ledger.total().released(), currency);
		total(table, "Total due", ledger.total().due(), currency);
		total(table, "Total planned", ledger.total().planned(), currency);
		total(table, "Total remaining", ledger.total().remaining(), currency);
		table.flush();
	}

	private static void total(CsvTable table, String name, BigDecimal amount, String currency) {
		table.text(name).text("").text("").text("").text("").number(amount).text(currency);
		table.text("").text("").text("").text("").end();
	}

	private Stream<Instalment> instalments(String userId, CallLedger ledger) {
		return ledger.grants()
			.stream()
			.flatMap((grant) -> this.pilots.pilot(userId, grant.grantReference())
				.payments()
				.stream()
				.map((payment) -> new Instalment(grant.grantReference(), grant.company(), grant.currency(), payment)));
	}

	record Instalment(String grant, String company, String currency, PaymentView payment) {
	}

}
