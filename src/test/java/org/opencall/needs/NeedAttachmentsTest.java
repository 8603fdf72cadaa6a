package org.opencall.needs;

import java.io.InputStream;
import java.time.Instant;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.opencall.RepositoryTest;
import org.opencall.needs.domain.Need;
import org.opencall.needs.domain.NeedDetails;
import org.opencall.needs.domain.NeedRepository;
import org.opencall.platform.Sha256;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attachments are kept beside their need: listed without their content, and read back
 * slice by slice, whole and unchanged.
 */
@RepositoryTest
@Import(NeedAttachments.class)
class NeedAttachmentsTest {

	@Autowired
	NeedAttachments attachments;

	@Autowired
	NeedRepository needs;

	@Autowired
	JdbcClient jdbc;

	Need need;

	@BeforeEach
	void need() {
		UUID hospital = UUID.randomUUID();
		this.jdbc
			.sql("insert into organisations (id, name, country, type) values (:id, 'Repo Hospital', 'PT', 'HOSPITAL')")
			.param("id", hospital)
			.update();
		this.need = this.needs.save(Need.submit(
				this.needs.nextReference(), hospital, "nora", NeedDetails.of("Heart failure at home", "Readmissions",
						"HOME_CARE", "Patients", 100, "Calls", "Costs", "Fewer readmissions", "HIGH", Set.of()),
				Instant.parse("2027-01-05T09:00:00Z")));
	}

	@Test
	void aFileLargerThanOneSliceIsReadBackWhole() throws Exception {
		byte[] content = new byte[2 * 1024 * 1024 + 12345];
		new Random(42).nextBytes(content);
		System.arraycopy(NeedFixtures.pdf(), 0, content, 0, NeedFixtures.pdf().length);
		this.attachments.add(this.need.id(), new UploadedFile("evidence.pdf", content), "nora");

		NeedView.Attachment listed = this.attachments.of(this.need.id()).get(0);
		assertThat(listed.fileName()).isEqualTo("evidence.pdf");
		assertThat(listed.size()).isEqualTo(content.length);
		assertThat(listed.sha256()).isEqualTo(Sha256.hex(content));

		Resource stored = this.attachments.content(this.need.id(), listed.id()).orElseThrow();
		assertThat(stored.contentLength()).isEqualTo(content.length);
		try (InputStream in = stored.getInputStream()) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void aSmallFileIsReadBackByteByByte() throws Exception {
		this.attachments.add(this.need.id(), new UploadedFile("short.pdf", NeedFixtures.pdf()), "nora");
		UUID id = this.attachments.of(this.need.id()).get(0).id();
		try (InputStream in = this.attachments.content(this.need.id(), id).orElseThrow().getInputStream()) {
			assertThat(in.read()).isEqualTo('%');
			assertThat(in.readAllBytes()).hasSize(NeedFixtures.pdf().length - 1);
			assertThat(in.read()).isEqualTo(-1);
		}
	}

	@Test
	void anAttachmentOfAnotherNeedIsNotFound() {
		this.attachments.add(this.need.id(), new UploadedFile("evidence.pdf", NeedFixtures.pdf()), "nora");
		UUID id = this.attachments.of(this.need.id()).get(0).id();
		assertThat(this.attachments.content(UUID.randomUUID(), id)).isEmpty();
		assertThat(this.attachments.content(this.need.id(), UUID.randomUUID())).isEmpty();
	}

}
