package org.opencall.browser;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.opencall.OpencallTest;
import org.opencall.cocreation.ContractedGrants;
import org.opencall.cocreation.ContractedGrants.Opened;
import org.opencall.contracting.GrantDeclarations;
import org.opencall.identity.Directory;
import org.opencall.selection.EvaluatedCalls;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grant's pages as its people use them, from its default draft to its signature: the
 * project officer edits the agreement (a payment plan not adding up to 100 % is refused
 * beside its field and in the summary, nothing saved), corrects and prepares it; a second
 * officer approves it on the grant's page; the company reads the offer, is stopped while
 * its declarations are not ticked, ticks them and accepts: the grant is signed and leads
 * to its pilot. Each page passes axe-core, the offer also at a phone's width.
 */
@OpencallTest
class GrantPagesBrowserTest extends BrowserTest {

	@Autowired
	ContractedGrants grants;

	@Autowired
	EvaluatedCalls calls;

	@Autowired
	Directory directory;

	@Test
	void theOfficerCorrectsAndPreparesTheDraftASecondOfficerApprovesItAndTheCompanyAcceptsItWithItsDeclarations()
			throws Exception {
		Opened opened = this.grants.openedForANeed();
		String ref = opened.grant();

		Browser peter = browser().logIn("peter").visit("/grants/" + ref + "/agreement");
		assertThat(peter.value(field("milestones0.title"))).isEqualTo("Mid-term review");
		assertThat(peter.value(field("milestones1.title"))).isEqualTo("Final report");
		assertThat(peter.value(field("instalments0.percent"))).isEqualTo("40");
		assertThat(peter.value(field("instalments1.percent"))).isEqualTo("45");
		assertThat(peter.value(field("instalments2.percent"))).isEqualTo("15");
		assertThat(peter.value("#hostOrganisationId")).as("hosted by the hospital that stated the need")
			.isEqualTo(this.directory.organisationOf("nora").orElseThrow().id().toString());
		assertThat(peter.has("input[name=needReferences][value='" + opened.need() + "']:checked")).isTrue();
		assertThat(peter.value(field("indicators0.name"))).as("no indicator yet, a row to define one").isEmpty();

		peter.type(field("indicators0.name"), "Readmissions avoided")
			.type(field("indicators0.unit"), "patients")
			.type(field("indicators0.baseline"), "0")
			.type(field("indicators0.target"), "20")
			.type(field("instalments2.percent"), "10")
			.click("#save-agreement");
		assertThat(peter.text("#error-summary")).contains("the shares must add up to exactly 100 %, not 95 %");
		assertThat(peter.attributes("#error-summary a", "href")).contains("#instalments");
		assertThat(peter.text("#instalments .field-error"))
			.isEqualTo("the shares must add up to exactly 100 %, not 95 %");
		assertThat(peter.value(field("indicators0.name"))).as("what was typed is still there")
			.isEqualTo("Readmissions avoided");

		peter.type(field("instalments2.percent"), "15").click("#save-agreement");
		assertThat(peter.pageText()).contains("The draft is saved");
		assertThat(peter.has("#error-summary")).isFalse();
		assertThat(peter.value(field("indicators0.name"))).isEqualTo("Readmissions avoided");

		peter.visit("/grants/" + ref);
		assertThat(peter.text("#grant-status")).isEqualTo("Agreement in preparation");
		assertThat(peter.text("#milestones")).contains("Mid-term review").contains("Final report");
		assertThat(peter.text("#instalments")).contains("At signature").contains("40 %").contains("15 %");
		assertThat(peter.text("#indicators")).contains("Readmissions avoided (patients)");
		assertThat(peter.clickAndConfirm("#prepare-form button")).contains("second officer");
		assertThat(peter.pageText()).contains("The agreement is prepared");
		assertThat(peter.text("#grant-status")).isEqualTo("Agreement awaiting approval");
		assertThat(peter.has("#approval-form")).as("four eyes: the preparer does not approve").isFalse();
		peter.logOut();

		Browser pia = browser().logIn("pia").visit("/grants/" + ref);
		assertThat(pia.text("#approval-form")).contains("Prepared by peter");
		pia.click("#approval-form input[value=approve]").click("#approval-form button");
		assertThat(pia.pageText()).contains("The agreement is approved and offered to the company.");
		assertThat(pia.text("#grant-status")).isEqualTo("Offered to the company");
		pia.logOut();
		this.calls.runJobs(ref);

		Browser alice = browser().logIn("alice").visit("/grants/" + ref);
		assertThat(alice.text("#grant-status")).isEqualTo("Offered to the company");
		assertThat(alice.attributes("#agreement-pdf", "href")).containsExactly("/grants/" + ref + "/agreement.pdf");
		assertThat(alice.text("#deadline")).contains("to be answered before");
		Map<String, String> declarations = GrantDeclarations.all();
		assertThat(alice.text("#accept-form")).contains(declarations.values());
		alice.atPhoneWidth("grant-offered");

		assertThat(alice.clickAndConfirmRefused("#accept-form button")).as("the browser says why it does not send")
			.isNotBlank();
		assertThat(alice.currentPath()).isEqualTo("/grants/" + ref);
		assertThat(alice.text("#grant-status")).as("nothing accepted").isEqualTo("Offered to the company");

		declarations.keySet().forEach((key) -> alice.click("#accept-form input[value='" + key + "']"));
		assertThat(alice.clickAndConfirm("#accept-form button")).contains("This signs it");
		assertThat(alice.pageText()).contains("The grant agreement is accepted: the grant is signed.");
		assertThat(alice.text("#grant-status")).isEqualTo("Signed");
		assertThat(alice.attributes("#pilot-link", "href")).containsExactly("/pilots/" + ref);
		assertThat(alice.has("#answer")).as("answered once").isFalse();

		alice.visit("/grants");
		assertThat(alice.text("#grants tr[data-reference='" + ref + "']")).contains("Signed");
	}

	/** A form field by its id, which holds dots ({@code milestones0.title}). */
	private static String field(String id) {
		return "[id='" + id + "']";
	}

}
