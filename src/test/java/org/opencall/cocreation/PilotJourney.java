package org.opencall.cocreation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.opencall.BasicClient;
import org.opencall.JsonApi;
import org.opencall.Mailbox;
import org.opencall.Multipart;
import org.opencall.needs.NeedFixtures;

import org.springframework.http.ResponseEntity;

/**
 * The steps of a signed grant's pilot through the HTTP API, as its people take them, for
 * co-creation's tests: olivia kicks it off, alice submits a milestone's deliverable with
 * its reading of the indicator "Readmissions avoided", an officer and nora (the host)
 * review it, an officer releases a payment, olivia closes the pilot with its final
 * review; and what they read: a milestone, the ledger, the mails.
 */
public final class PilotJourney {

	private final JsonApi api;

	private final int port;

	private final GreenMailExtension smtp;

	public PilotJourney(JsonApi api, int port, GreenMailExtension smtp) {
		this.api = api;
		this.port = port;
		this.smtp = smtp;
	}

	static String pilot(String ref) {
		return "/api/pilots/" + ref;
	}

	/** olivia holds the kick-off today. */
	public Map<String, Object> kickOff(String ref) {
		return this.api
			.post("olivia", pilot(ref) + "/kick-off", Map.of("date", today().toString(), "notes", "Met at the ward"))
			.getBody();
	}

	/**
	 * alice submits a deliverable of the milestone: a report, one document, a reading.
	 */
	ResponseEntity<String> submit(String ref, int milestone, String report, String fileName, byte[] content,
			String reading) {
		String json = "{\"milestone\": " + milestone + ", \"report\": \"" + report
				+ "\", \"readings\": {\"Readmissions avoided\": \"" + reading + "\"}}";
		Multipart upload = Multipart.form()
			.part("deliverable", "application/json", json)
			.file("documents", fileName, "application/pdf", content);
		return new BasicClient(this.port).send("alice", "demo", "POST", pilot(ref) + "/deliverables",
				upload.contentType(), upload.bytes(), Map.of());
	}

	/** alice submits the milestone's report as a PDF with this reading. */
	public ResponseEntity<String> deliver(String ref, int milestone, String reading) {
		return submit(ref, milestone, "Pilot report of milestone " + milestone, "report-" + milestone + ".pdf",
				NeedFixtures.pdf(), reading);
	}

	/**
	 * The officer accepts the deliverable under review, then nora; answers the pilot as
	 * nora's acceptance left it.
	 */
	public Map<String, Object> accept(String officer, String ref) {
		this.api.post(officer, pilot(ref) + "/review", Map.of("verdict", "accept"));
		return this.api.post("nora", pilot(ref) + "/co-review", Map.of("verdict", "accept")).getBody();
	}

	/** The officer releases the payment. */
	public Map<String, Object> release(String officer, String ref, int payment) {
		return this.api.post(officer, pilot(ref) + "/payments/" + payment + "/release", Map.of()).getBody();
	}

	/**
	 * olivia's final review: the outcome and the final value of "Readmissions avoided".
	 */
	public ResponseEntity<Map<String, Object>> close(String ref, String outcome, int readmissionsAvoided) {
		return this.api.post("olivia", pilot(ref) + "/final-review",
				Map.of("outcome", outcome, "finalValues", Map.of("Readmissions avoided", readmissionsAvoided),
						"summary", "Sixteen readmissions avoided in twelve months"));
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> milestone(String ref, int number) {
		List<Map<String, Object>> milestones = (List<Map<String, Object>>) this.api.get("olivia", pilot(ref))
			.getBody()
			.get("milestones");
		return milestones.get(number - 1);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> payment(Map<String, Object> pilot, int number) {
		return ((List<Map<String, Object>>) pilot.get("payments")).get(number - 1);
	}

	/** The pilot's ledger as an auditor reads it, in plain numbers. */
	public Map<String, Object> ledger(String ref) {
		Map<String, Object> ledger = this.api.get("aude", pilot(ref) + "/ledger").getBody();
		ledger.replaceAll((key, value) -> ((Number) value).doubleValue());
		return ledger;
	}

	/**
	 * The mails with this subject once at least {@code expected} arrived, or what arrived
	 * in thirty seconds: a step mails several people, one after the other.
	 */
	List<MimeMessage> mails(String subject, int expected) {
		long until = System.currentTimeMillis() + 30_000;
		List<MimeMessage> found = Mailbox.await(this.smtp, (s) -> s.contains(subject), expected);
		while (found.size() < expected && System.currentTimeMillis() < until) {
			found = Mailbox.await(this.smtp, (s) -> s.contains(subject), expected);
		}
		return found;
	}

	/**
	 * The recipients of the mails with this subject once each of these got theirs, or
	 * whoever got one in thirty seconds: other tests may add staff to the same
	 * organisations, so a step's number of mails is not fixed.
	 */
	List<String> recipients(String subject, String... expected) {
		long until = System.currentTimeMillis() + 30_000;
		List<String> found = List.of();
		do {
			found = Mailbox.await(this.smtp, (s) -> s.contains(subject), expected.length)
				.stream()
				.map(Mailbox::recipient)
				.toList();
		}
		while (!found.containsAll(List.of(expected)) && System.currentTimeMillis() < until);
		return found;
	}

	static LocalDate today() {
		return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
	}

}
