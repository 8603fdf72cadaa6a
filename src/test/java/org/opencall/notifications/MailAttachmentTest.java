package org.opencall.notifications;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.opencall.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailAttachmentTest {

	static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);

	static MailAttachment report(String fileName) {
		return new MailAttachment(fileName, "application/pdf", PDF);
	}

	@Test
	void acceptsAReportWithANameInAnyScript() {
		MailAttachment report = report("Évaluation – OC-2027-001 (résumé).pdf");
		assertThat(report.size()).isEqualTo(PDF.length);
		assertThat(report.content()).isEqualTo(PDF);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", ".", "..", "../report.pdf", "reports/esr.pdf", "C:\\esr.pdf", "esr\n.pdf",
			"esr\r\nBcc: x@example.org", "esr\u0000.pdf", "esr\u007f.pdf", "report\u202efdp.exe", "esr\u2028.pdf" })
	void refusesANameThatIsNoPlainFileName(String fileName) {
		assertThatThrownBy(() -> report(fileName)).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("fileName: ");
	}

	@Test
	void refusesANameLongerThanTwoHundredCharacters() {
		assertThat(report("a".repeat(196) + ".pdf").fileName()).hasSize(200);
		assertThatThrownBy(() -> report("a".repeat(197) + ".pdf")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("longer than 200");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "pdf", "application/", "/pdf", "application/pdf; name=x", "application/pdf\r\nX: y",
			"application/ pdf", "application/pdf/x" })
	void refusesAnythingButAMediaType(String contentType) {
		assertThatThrownBy(() -> new MailAttachment("esr.pdf", contentType, PDF))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("contentType: ");
	}

	@Test
	void refusesEmptyOrOversizedContent() {
		assertThatThrownBy(() -> new MailAttachment("esr.pdf", "application/pdf", new byte[0]))
			.hasMessage("content: empty");
		assertThatThrownBy(() -> new MailAttachment("esr.pdf", "application/pdf", null)).hasMessage("content: empty");
		assertThat(new MailAttachment("esr.pdf", "application/pdf", new byte[MailAttachment.MAX_SIZE]).size())
			.isEqualTo(10 * 1024 * 1024);
		assertThatThrownBy(
				() -> new MailAttachment("esr.pdf", "application/pdf", new byte[MailAttachment.MAX_SIZE + 1]))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("larger than");
	}

	@Test
	void keepsTheBytesItChecked() {
		byte[] bytes = PDF.clone();
		MailAttachment report = new MailAttachment("esr.pdf", "application/pdf", bytes);
		bytes[0] = 'X';
		report.content()[1] = 'X';
		assertThat(report.content()).isEqualTo(PDF);
		assertThat(report).isEqualTo(report("esr.pdf")).hasSameHashCodeAs(report("esr.pdf"));
	}

}
