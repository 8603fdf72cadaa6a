package org.opencall.needs.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.opencall.ApiTest;
import org.opencall.Multipart;
import org.opencall.PageSession;
import org.opencall.needs.NeedFixtures;
import org.opencall.needs.NeedSubmission;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refusals on the needs pages say why beside the field they concern: a refused attachment
 * beside the upload (naming the file, asking to choose the files again), a refused triage
 * inside the triage form.
 */
class NeedFormPagesApiTest extends ApiTest {

	@Autowired
	NeedSubmission needs;

	@Test
	void anAttachmentThatIsNotAPdfIsMarkedBesideTheUploadNamingTheFile() {
		PageSession nora = session("nora");
		nora.get("/needs/new");
		Multipart form = Multipart.form();
		NeedFixtures.heartFailureAtHomeJson().forEach((field, value) -> {
			if (value instanceof List<?> values) {
				values.forEach((v) -> form.field(field, String.valueOf(v)));
			}
			else {
				form.field(field, String.valueOf(value));
			}
		});
		form.file("attachments", "notes.pdf", "application/pdf", "no PDF".getBytes(StandardCharsets.UTF_8));

		ResponseEntity<String> refused = nora.exchange("POST", "/needs/new", form.contentType(), form.bytes());

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody()).contains("href=\"#attachments\">Attachments: notes.pdf: must be a PDF document")
			.contains("<div id=\"attachments-error\"><p class=\"field-error\">notes.pdf: must be a PDF document</p>")
			.contains("choose them again")
			.contains("aria-describedby=\"attachments-error\"")
			.doesNotContain("Please correct the marked fields", "attachments[0]");
	}

	@Test
	void aRefusedTriageIsShownInsideTheTriageForm() {
		String need = this.needs.submit("nora", NeedFixtures.heartFailureAtHome(), List.of());
		PageSession olivia = session("olivia");
		olivia.get("/officer/needs/" + need);
		MultiValueMap<String, String> triage = new LinkedMultiValueMap<>();
		Map.of("decision", "REJECT", "reason", "").forEach(triage::add);

		ResponseEntity<String> refused = olivia.post("/officer/needs/" + need + "/triage", triage);

		String page = refused.getBody();
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(page).contains("id=\"reason-error\"").contains("href=\"#reason\">");
		assertThat(page.indexOf("id=\"error-summary\"")).as("the summary is inside the triage form")
			.isGreaterThan(page.indexOf("<h2>Triage</h2>"));
		assertThat(page.indexOf("id=\"reason-error\"")).isGreaterThan(page.indexOf("id=\"reason\""));
	}

}
